package dev.bubblerisk.authoring;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes the outcome of a rule test run in one format: {@code text}, {@code json} or {@code junit}. */
public interface TestRunWriter {

    void write(TestRun run, Writer out) throws IOException;

    /** The formats of {@code test --format}. */
    enum Format {
        TEXT(new TextTestRunWriter()),
        JSON(new JsonTestRunWriter()),
        JUNIT(new JunitTestRunWriter());

        private final TestRunWriter writer;

        Format(TestRunWriter writer) {
            this.writer = writer;
        }

        public TestRunWriter writer() {
            return writer;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** "94.1%": a coverage percentage with one decimal. */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }
}
