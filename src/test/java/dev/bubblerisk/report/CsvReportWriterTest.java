package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    @Test
    void writesTheHandWrittenGoldenReport() throws IOException {
        assertThat(csv()).isEqualTo(SmallPortfolio.golden("small-portfolio.csv"));
    }

    @Test
    void anRfc4180ParserReadsBackEveryFieldAsWritten() throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();

        try (CSVParser parser = CSVParser.parse(new StringReader(csv()), format)) {
            List<CSVRecord> records = parser.getRecords();

            assertThat(parser.getHeaderNames()).containsExactly("rank", "deal", "title", "band", "score", "raw_points",
                    "kind", "rule", "category", "points", "explanation", "evidence");
            assertThat(records).hasSize(8).allSatisfy(record -> assertThat(record.size()).isEqualTo(12));
            assertThat(records.get(0).get("title")).isEqualTo("ChipCo sells, then invests: \"up to\" $10B | phase 1");
            assertThat(records.get(6).get("explanation"))
                    .isEqualTo("cloudco's operating cash flow of $4B a year covers its $3B, \"all cash\"");
            assertThat(records.get(6).get("points")).isEqualTo("-20");
        }
    }

    @Test
    void aTitleThatASpreadsheetWouldRunAsAFormulaIsKeptAsText() throws IOException {
        String lab = csv().lines().filter(line -> line.startsWith("2,lab-cloud,")).findFirst().orElseThrow();

        assertThat(lab).startsWith("2,lab-cloud,'=1+1 *Lab* rents <compute>,");
    }

    private static String csv() throws IOException {
        StringWriter out = new StringWriter();
        new CsvReportWriter().write(SmallPortfolio.report(), out);
        return out.toString();
    }
}
