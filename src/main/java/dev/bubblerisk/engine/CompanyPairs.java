package dev.bubblerisk.engine;

import java.util.Arrays;

/**
 * A set of ordered pairs of company numbers, each kept once: who sends value to whom, over however
 * many flows. A million deals' three million flows run between some 300,000 pairs, so the pairs
 * are gathered as the {@link CompanyIndex} goes through the flows rather than sorted out of every
 * flow afterwards. An open-addressing table of the pairs as {@code long}s.
 */
final class CompanyPairs {

    private static final long EMPTY = -1; // no pair: company numbers are never negative
    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    private long[] slots = empty(1 << 10);
    private int size;

    /** Adds the pair from {@code from} to {@code to}, both at least 0, unless it is there already. */
    void add(int from, int to) {
        add(pair(from, to));
    }

    /** Whether the pair from {@code from} to {@code to} was added. */
    boolean contains(int from, int to) {
        long pair = pair(from, to);
        return slots[slotFor(pair, slots)] == pair;
    }

    /** Adds every pair of {@code other}. */
    void addAll(CompanyPairs other) {
        for (long pair : other.slots) {
            if (pair != EMPTY) {
                add(pair);
            }
        }
    }

    int size() {
        return size;
    }

    /** Calls {@code each} with every pair, in no set order. */
    void forEach(PairConsumer each) {
        for (long pair : slots) {
            if (pair != EMPTY) {
                each.accept((int) (pair >>> Integer.SIZE), (int) pair);
            }
        }
    }

    /** Told of a pair. */
    @FunctionalInterface
    interface PairConsumer {
        void accept(int from, int to);
    }

    private void add(long pair) {
        int slot = slotFor(pair, slots);
        if (slots[slot] == pair) {
            return;
        }
        slots[slot] = pair;
        if (++size > slots.length / 2) {
            grow();
        }
    }

    private void grow() {
        long[] old = slots;
        slots = empty(2 * old.length);
        for (long pair : old) {
            if (pair != EMPTY) {
                slots[slotFor(pair, slots)] = pair;
            }
        }
    }

    /** The slot of {@code slots} that holds {@code pair}, or else the empty one where it would go. */
    private static int slotFor(long pair, long[] slots) {
        int slot = slotOf(pair, slots.length);
        while (slots[slot] != EMPTY && slots[slot] != pair) {
            slot = (slot + 1) & (slots.length - 1);
        }
        return slot;
    }

    private static long pair(int from, int to) {
        return (long) from << Integer.SIZE | Integer.toUnsignedLong(to);
    }

    private static int slotOf(long pair, int length) {
        return (int) ((pair * SPREAD) >>> (Long.SIZE - Integer.numberOfTrailingZeros(length)));
    }

    private static long[] empty(int length) {
        long[] slots = new long[length];
        Arrays.fill(slots, EMPTY);
        return slots;
    }
}
