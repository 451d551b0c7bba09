package dev.bubblerisk.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** How every JSON output of bubblerisk looks: two-space indent, {@code "key": value}, LF line ends, {@code []} when empty. */
public final class JsonStyle {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultIndenter LINES = new DefaultIndenter("  ", "\n");

    private JsonStyle() {
    }

    /** What goes between the braces of an object written by {@link #inline}. */
    @FunctionalInterface
    public interface Fields {
        void write() throws IOException;
    }

    /**
     * Writes one small object on a single line, {@code { "kind": "flow", "line": 88 }}, inside
     * pretty-printed output: reports list many such objects, and a line each keeps them readable
     * and the file half the size.
     */
    public static void inline(JsonGenerator json, Fields fields) throws IOException {
        DefaultPrettyPrinter printer = (DefaultPrettyPrinter) json.getPrettyPrinter();
        printer.indentObjectsWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        try {
            json.writeStartObject();
            fields.write();
            json.writeEndObject();
        } finally {
            printer.indentObjectsWith(LINES);
        }
    }

    /** A pretty-printing generator over {@code out} that leaves {@code out} open when closed. */
    public static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(LINES)
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator("")));
        return json;
    }
}
