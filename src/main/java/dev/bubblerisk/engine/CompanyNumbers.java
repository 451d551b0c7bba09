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
        int slots = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2; // at most half full
        ids = new String[slots];
        numbers = new int[slots];
    }

    /** The number of {@code id}, or {@link #NONE}. */
    int get(String id) {
        String[] table = ids;
        int mask = table.length - 1;
        for (int slot = slotOf(id, mask); ; slot = (slot + 1) & mask) {
            String there = table[slot];
            if (there == id) {
                return numbers[slot];
            }
            if (there == null) {
                return NONE;
            }
            if (there.equals(id)) {
                return numbers[slot];
            }
        }
    }

    /** Gives {@code id} the number {@code number}, unless it has one; returns its number. */
    int putIfAbsent(String id, int number) {
        int mask = ids.length - 1;
        int slot = slotOf(id, mask);
        while (ids[slot] != null) {
            if (ids[slot].equals(id)) {
                return numbers[slot];
            }
            slot = (slot + 1) & mask;
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
        int mask = ids.length - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = slotOf(oldIds[i], mask);
                while (ids[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                ids[slot] = oldIds[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }

    private static int slotOf(String id, int mask) {
        int hash = id.hashCode() * 0x9E3779B9;
        return (hash ^ hash >>> 16) & mask;
    }
}
