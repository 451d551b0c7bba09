package dev.bubblerisk.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * How every JSON output of bubblerisk looks: two-space indent, {@code "key": value}, LF line ends,
 * {@code []} when empty. The report, which can be gigabytes, is written in the same layout by
 * {@link Utf8JsonWriter}; a test holds the two together.
 */
public final class JsonStyle {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultIndenter LINES = new DefaultIndenter("  ", "\n");

    private JsonStyle() {
    }

    /** A pretty-printing generator over {@code out} that leaves {@code out} open when closed. */
    public static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(LINES)
                .withArrayIndenter(LINES)
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator("")));
        return json;
    }
}
