package dev.bubblerisk.report;

/**
 * Deal ids in {@link String#compareTo} order, told apart by their first eight characters packed
 * into a number where those decide: ranking a million deals' ids as strings went to each id's
 * characters, scattered through memory, some twenty times. Ids equal in their first eight
 * characters, or with a character past {@code U+00FF} among them, are compared as strings.
 */
final class IdOrder {

    /** The packed characters of an id that has one past {@code U+00FF} among its first eight: compared as strings. */
    private static final long UNPACKED = -1L;
    private static final int PACKED = Long.BYTES;

    private IdOrder() {
    }

    /** {@code id}'s first eight characters, one byte each and zeros after its end, or {@link #UNPACKED}. */
    static long packed(String id) {
        long packed = 0;
        for (int i = 0; i < PACKED; i++) {
            int c = i < id.length() ? id.charAt(i) : 0;
            if (c > 0xFF) {
                return UNPACKED;
            }
            packed = packed << Byte.SIZE | c;
        }
        return packed;
    }

    /**
     * As {@code a.compareTo(b)} in sign, given their {@link #packed} characters: where both were
     * packed and differ, the first character that differs is among them, and the numbers compare
     * as it does (a shorter id has a zero where the longer one goes on).
     */
    static int compare(String a, long packedA, String b, long packedB) {
        if (packedA != packedB && packedA != UNPACKED && packedB != UNPACKED) {
            return Long.compareUnsigned(packedA, packedB);
        }
        return a.compareTo(b);
    }
}
