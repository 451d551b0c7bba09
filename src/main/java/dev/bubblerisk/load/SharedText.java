package dev.bubblerisk.load;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each text that repeats across a file, such as the flow ids most deals reuse
 * ({@code supply}, {@code stake}): a book of a million deals would otherwise hold millions of equal
 * strings. Past {@code limit} distinct texts, new ones are kept as read, so unique texts cannot
 * make the table itself large.
 */
final class SharedText {

    private final int limit;
    private final Map<String, String> seen = new HashMap<>();

    SharedText(int limit) {
        this.limit = limit;
    }

    /** {@code text}, or the equal text seen before it; {@code null} stays {@code null}. */
    String of(String text) {
        if (text == null) {
            return null;
        }
        String first = seen.get(text);
        if (first != null) {
            return first;
        }
        if (seen.size() < limit) {
            seen.put(text, text);
        }
        return text;
    }
}
