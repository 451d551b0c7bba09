package dev.bubblerisk.synthetic;

import java.io.IOException;

/**
 * Writes deal format v1 as YAML or JSON, one element at a time, so a million deals never sit in
 * memory. Callers open a section, write its items as field/value pairs, and close it.
 */
public interface DealFileWriter {

    void begin(String asOf) throws IOException;

    void beginSection(String name) throws IOException;

    /** Starts an item of the current section, or a nested list item (a flow, a reaction). */
    void beginItem(int depth) throws IOException;

    /** A field of the current item; {@code quoted} for text, unquoted for numbers and booleans. */
    void field(int depth, String name, String value, boolean quoted) throws IOException;

    /** Opens a nested list field ({@code flows}, {@code top_customers}) or mapping ({@code financials}). */
    void beginNested(int depth, String name, boolean list) throws IOException;

    void endNested(int depth, boolean list) throws IOException;

    void endItem(int depth) throws IOException;

    void endSection() throws IOException;

    void end() throws IOException;
}
