package dev.bubblerisk.synthetic;

import java.io.Writer;

/** The deal file writers, by syntax. */
public final class DealFileWriters {

    private DealFileWriters() {
    }

    public static DealFileWriter of(Writer out, boolean json) {
        return json ? new JsonDealFileWriter(out) : new YamlDealFileWriter(out);
    }

    /**
     * A field's value as written: text in double quotes with backslash and quote escaped, which
     * JSON and YAML read alike; numbers and booleans as they are.
     */
    static String value(String value, boolean quoted) {
        return quoted ? "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : value;
    }
}
