package dev.bubblerisk.model;

/**
 * A position in an input file: where a company, flow, holding or field was written.
 * Lines and columns start at 1; a column of 0 means "the whole line".
 */
public record SourceLocation(String file, int line, int column) {

    /** Renders the location as {@code file:line:column}, the form every diagnostic uses. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
