package dev.bubblerisk.engine;

/**
 * Company ids and their numbers, for {@link CompanyIndex}: an open-addressing table of the ids and
 * a parallel array of their numbers. The index looks up both companies of each of a million deals'
 * three million flows; a {@code HashMap<String, Integer>} reached an entry and a boxed number
 * beside the id for each. The loader hands every mention of a company the same string, so an id is
 * mostly found by identity. Safe for threads that only look up, once every id is put.
 */
final class CompanyNumbers {

    /** What {@link #get} returns for an id that was never put. */
    static final int NONE = -1;

    private String[] ids;
    private int[] numbers;
    private int size;

    /** @param expected how many ids are to be put: room is made for them at once */
    CompanyNumbers(int expected) {
        int slots = 8;
        while (slots < 2 * expected) { // at most half full
            slots *= 2;
        }
        ids = new String[slots];
        numbers = new int[slots];
    }

    /** The number of {@code id}, or {@link #NONE}. */
    int get(String id) {
        int slot = slotFor(id, ids);
        return ids[slot] == null ? NONE : numbers[slot];
    }

    /** Gives {@code id} the number {@code number}, unless it has one; returns its number. */
    int putIfAbsent(String id, int number) {
        int slot = slotFor(id, ids);
        if (ids[slot] != null) {
            return numbers[slot];
        }
        ids[slot] = id;
        numbers[slot] = number;
        if (++size > ids.length / 2) {
            grow();
        }
        return number;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldNumbers = numbers;
        ids = new String[2 * oldIds.length];
        numbers = new int[2 * oldIds.length];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = slotFor(oldIds[i], ids);
                ids[slot] = oldIds[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }

    /**
     * The slot of {@code table} that holds {@code id}, or else the empty one where it would go.
     * {@link String#equals} tells the very same string first, without reading its characters.
     */
    private static int slotFor(String id, String[] table) {
        int mask = table.length - 1;
        int hash = id.hashCode() * 0x9E3779B9;
        int slot = (hash ^ hash >>> 16) & mask;
        while (table[slot] != null && !table[slot].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
