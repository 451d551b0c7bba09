package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLinesTest {

    private static final String DEALS = """
            deals:
              - id: d1
                flows:
                  - id: chips
                    type: purchase   # the supply
                    amount: 10B

                  - id: stake
                    type: investment
              - id: d2
            """;

    @TempDir
    Path dir;

    @Test
    void quotesAListItemFromItsFirstLineToTheEndOfItsIndentedBlock() throws IOException {
        Path file = write(DEALS);

        SourceQuote quote = new SourceLines(List.of()).quote(new Evidence("flow", "d1/chips", file.toString(), 4));

        assertThat(quote.line()).isEqualTo(4);
        assertThat(quote.lines()).containsExactly(
                "      - id: chips",
                "        type: purchase   # the supply",
                "        amount: 10B");
        assertThat(quote.cited()).isEqualTo("- id: chips");
    }

    @Test
    void quotesAFieldLineAlone() throws IOException {
        Path file = write(DEALS);

        SourceQuote quote = new SourceLines(List.of()).quote(new Evidence("financials", "x", file.toString(), 5));

        assertThat(quote.lines()).containsExactly("        type: purchase   # the supply");
    }

    @Test
    void quotesAtMostEightLines() throws IOException {
        StringBuilder text = new StringBuilder("- id: long\n");
        for (int i = 0; i < 20; i++) {
            text.append("  field").append(i).append(": ").append(i).append('\n');
        }
        Path file = write(text.toString());

        SourceQuote quote = new SourceLines(List.of()).quote(new Evidence("company", "long", file.toString(), 1));

        assertThat(quote.lines()).hasSize(SourceLines.MAX_LINES).endsWith("  field6: 6");
    }

    @Test
    void aFileThatChangedSinceItWasScoredIsNotQuoted() throws IOException {
        Path file = write(DEALS);
        InputFile scored = new InputFile(file.toString(), "0".repeat(64), null);

        SourceQuote quote = new SourceLines(List.of(scored)).quote(new Evidence("flow", "d1/chips", file.toString(), 4));

        assertThat(quote.available()).isFalse();
    }

    @Test
    void aMissingFileOrALinePastTheEndIsNotQuoted() throws IOException {
        Path file = write(DEALS);
        SourceLines sources = new SourceLines(List.of());

        assertThat(sources.quote(new Evidence("flow", "x", dir.resolve("gone.yaml").toString(), 1)).available()).isFalse();
        assertThat(sources.quote(new Evidence("flow", "x", file.toString(), 99)).available()).isFalse();
        assertThat(sources.quote(new Evidence("flow", "x", file.toString(), 0)).available()).isFalse();
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("deals.yaml");
        Files.writeString(file, text);
        return file;
    }
}
