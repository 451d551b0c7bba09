package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ToWriterTest {

    private static final String TEXT = "NVIDIA → OpenAI: $100B, café, 😀, " + "ü".repeat(70_000) + " end";

    @Test
    void charactersSplitAcrossWritesArriveWhole() throws IOException {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 2, 3, 7, 65_535, bytes.length}) {
            StringWriter text = new StringWriter();
            try (Utf8ToWriter out = new Utf8ToWriter(text)) {
                for (int at = 0; at < bytes.length; at += chunk) {
                    out.write(bytes, at, Math.min(chunk, bytes.length - at));
                }
            }
            assertThat(text.toString()).as("in chunks of %d bytes", chunk).isEqualTo(TEXT);
        }
    }
}
