package dev.bubblerisk.synthetic;

import java.io.Writer;

/** The deal file writers, by syntax. */
public final class DealFileWriters {

    private DealFileWriters() {
    }

    public static DealFileWriter of(Writer out, boolean json) {
        return json ? new JsonDealFileWriter(out) : new YamlDealFileWriter(out);
    }
}
