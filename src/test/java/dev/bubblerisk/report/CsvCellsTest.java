package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void quotesOnlyFieldsWithACommaAQuoteOrALineBreak() {
        assertThat(CsvCells.record(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "")))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\r\n");
    }

    @Test
    void textThatASpreadsheetWouldEvaluateGetsALeadingApostrophe() {
        assertThat(CsvCells.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvCells.text("+1")).isEqualTo("'+1");
        assertThat(CsvCells.text("-1")).isEqualTo("'-1");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.text("nvidia")).isEqualTo("nvidia");
        assertThat(CsvCells.text("")).isEmpty();
    }
}
