package dev.bubblerisk.cli;

import dev.bubblerisk.synthetic.DealFileWriters;
import dev.bubblerisk.synthetic.SyntheticPortfolio;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The deal file the rehearsal scores (see {@link WarmUp}): the generated portfolio of
 * {@link WarmUp#SAMPLE_DEALS} deals as JSON, written into the jar by the build (this class's
 * {@code main}), so that a large run reads it rather than generating it. Generating it in the run
 * took the rehearsal's thread 1.3–1.6 s, and the compilers' work for the generator came out of the
 * reading's time: at a million deals, reading ended 8.60–9.04 s after the start, against 8.28–8.47
 * s with the sample read from a file.
 */
public final class WarmUpSample {

    /** Where the build writes the sample, beside this class. */
    static final String RESOURCE = "warm-up-sample.json";

    private static final long SEED = 2025;

    private WarmUpSample() {
    }

    /** Writes the sample into the file {@code args[0]} names: run by the build, beside this class's compiled file. */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), generated());
    }

    /** The sample's bytes: the jar's copy, or generated where there is none (classes not built by Maven). */
    static byte[] bytes() throws IOException {
        try (InputStream shipped = WarmUpSample.class.getResourceAsStream(RESOURCE)) {
            return shipped != null ? shipped.readAllBytes() : generated();
        }
    }

    /** The sample generated anew. */
    static byte[] generated() throws IOException {
        StringWriter text = new StringWriter();
        new SyntheticPortfolio(WarmUp.SAMPLE_DEALS, SEED).write(DealFileWriters.of(text, true));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
