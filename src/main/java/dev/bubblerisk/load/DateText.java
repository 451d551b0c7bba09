package dev.bubblerisk.load;

/**
 * A date as written in a deal file, before its parts are checked: four digits of year, then
 * optionally a hyphen and one or two digits of month, then optionally a hyphen and one or two
 * digits of day. Scanned by hand, as {@link AmountText} is: exactly what
 * {@code ([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?} matches whole.
 *
 * @param month {@link #NONE} when not written
 * @param day   {@link #NONE} when not written
 */
record DateText(int year, int month, int day) {

    /** A part not written (a written part may be 0, which is no real month or day). */
    static final int NONE = -1;

    /** The parts {@code text} (already stripped) writes, or {@code null} when it is not a date. */
    static DateText of(String text) {
        int length = text.length();
        if (length < 4 || !digits(text, 0, 4)) {
            return null;
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        int[] parts = {NONE, NONE};
        int at = 4;
        for (int part = 0; part < parts.length && at < length; part++) {
            if (text.charAt(at) != '-') {
                return null;
            }
            int start = at + 1;
            int end = start;
            while (end < length && end - start < 2 && isDigit(text.charAt(end))) {
                end++;
            }
            if (end == start) {
                return null;
            }
            parts[part] = Integer.parseInt(text, start, end, 10);
            at = end;
        }
        return at == length ? new DateText(year, parts[0], parts[1]) : null;
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
