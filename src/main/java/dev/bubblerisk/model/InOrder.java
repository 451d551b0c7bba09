package dev.bubblerisk.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lists put in order, for the engine and the score card. Every sort sorts an {@code Object[]},
 * whatever the items: each new type of array that reaches the JDK's merge sort throws the
 * optimising compiler's code for it away (a million-deal run had recompiled its merges some two
 * dozen times, as an {@code Evidence[]} and a {@code DataGap[]} took turns).
 */
public final class InOrder {

    private InOrder() {
    }

    /** The items in {@code order}. */
    public static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        return inOrder(items, order, false) ? List.copyOf(items) : List.of(sortedArray(items, order));
    }

    /** The items in {@code order}, of those it ranks equal only the first. */
    public static <T> List<T> distinct(List<T> items, Comparator<? super T> order) {
        if (inOrder(items, order, true)) {
            return List.copyOf(items);
        }
        T[] sorted = sortedArray(items, order);
        int kept = 0;
        for (T item : sorted) {
            if (kept == 0 || order.compare(sorted[kept - 1], item) != 0) {
                sorted[kept++] = item;
            }
        }
        return List.of(kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept));
    }

    /**
     * Whether each item ranks after the one before it, or, unless {@code strictly}, equal to it:
     * lists often come in order already (a deal's gaps, sorted when it is scored and again when
     * ranked), and an unchangeable one is then given back as it is, without a copy.
     */
    private static <T> boolean inOrder(List<T> items, Comparator<? super T> order, boolean strictly) {
        T before = null;
        boolean first = true;
        for (T item : items) {
            if (!first) {
                int compared = order.compare(before, item);
                if (compared > 0 || strictly && compared == 0) {
                    return false;
                }
            }
            before = item;
            first = false;
        }
        return true;
    }

    private static <T> T[] sortedArray(List<T> items, Comparator<? super T> order) {
        @SuppressWarnings("unchecked")
        T[] array = (T[]) items.toArray(); // an Object[] whatever T is: the cast is erased
        Arrays.sort(array, order);
        return array;
    }
}
