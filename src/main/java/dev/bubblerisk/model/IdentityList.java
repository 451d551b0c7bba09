package dev.bubblerisk.model;

import java.util.List;

/**
 * A list as a map key, compared item by item by identity: cheap, and never wrong where each item
 * is made once (the engine makes one piece of evidence per input element and session).
 */
public record IdentityList(List<?> items) {

    @Override
    public int hashCode() {
        int hash = 1;
        for (Object item : items) {
            hash = 31 * hash + System.identityHashCode(item);
        }
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityList list && sameItems(list.items, items);
    }

    /** Whether both lists hold the very same objects, in the same order. */
    public static boolean sameItems(List<?> some, List<?> others) {
        if (some == others) {
            return true;
        }
        if (some.size() != others.size()) {
            return false;
        }
        for (int i = 0; i < some.size(); i++) {
            if (some.get(i) != others.get(i)) {
                return false;
            }
        }
        return true;
    }
}
