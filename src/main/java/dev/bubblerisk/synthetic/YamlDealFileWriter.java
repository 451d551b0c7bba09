package dev.bubblerisk.synthetic;

import java.io.IOException;
import java.io.Writer;

/** Deal files in block-style YAML. */
final class YamlDealFileWriter implements DealFileWriter {

    private final Writer out;
    private boolean firstFieldOfItem;

    YamlDealFileWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin(String asOf) throws IOException {
        out.write("format: bubblerisk/v1\nas_of: " + asOf + "\ncurrency: USD\n");
    }

    @Override
    public void beginSection(String name) throws IOException {
        out.write("\n" + name + ":\n");
    }

    @Override
    public void beginItem(int depth) throws IOException {
        out.write(indent(depth) + "- ");
        firstFieldOfItem = true;
    }

    @Override
    public void field(int depth, String name, String value, boolean quoted) throws IOException {
        prefix(depth);
        out.write(name + ": " + DealFileWriters.value(value, quoted) + "\n");
    }

    @Override
    public void beginNested(int depth, String name, boolean list) throws IOException {
        prefix(depth);
        out.write(name + ":\n");
    }

    @Override
    public void endNested(int depth, boolean list) {
    }

    @Override
    public void endItem(int depth) {
    }

    @Override
    public void endSection() {
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    /** The first field of a list item follows its dash; the others are indented under it. */
    private void prefix(int depth) throws IOException {
        if (firstFieldOfItem) {
            firstFieldOfItem = false;
        } else {
            out.write(indent(depth) + "  ");
        }
    }

    private static String indent(int depth) {
        return "  ".repeat(depth);
    }
}
