package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

    @Test
    void writesTheHandWrittenGoldenReport() throws IOException {
        StringWriter out = new StringWriter();

        new MarkdownReportWriter().write(SmallPortfolio.report(), out);

        assertThat(out.toString()).isEqualTo(SmallPortfolio.golden("small-portfolio.md"));
    }
}
