package dev.bubblerisk.report;

import java.util.List;

/**
 * The input lines a piece of evidence points at, verbatim: the cited line first, then, for an item
 * of a YAML list, the rest of that item.
 *
 * @param line  the number of the cited line (the first of {@code lines})
 * @param lines empty when the file cannot be read, has changed since it was scored, or is shorter
 */
public record SourceQuote(int line, List<String> lines) {

    public SourceQuote {
        lines = List.copyOf(lines);
    }

    public boolean available() {
        return !lines.isEmpty();
    }

    /** The cited line without its indentation, or {@code ""} when not available. */
    public String cited() {
        return available() ? lines.get(0).strip() : "";
    }
}
