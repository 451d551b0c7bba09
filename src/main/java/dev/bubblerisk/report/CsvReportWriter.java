package dev.bubblerisk.report;

import static dev.bubblerisk.report.CsvCells.text;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.score.DealScore;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report for spreadsheets: one row per finding and per data gap (a deal with neither gets one
 * row of kind {@code none}), deals in rank order; the audit stamp in {@code #} comment lines above
 * the header. RFC 4180 quoting, CRLF line ends, UTF-8.
 */
final class CsvReportWriter implements ReportWriter {

    static final List<String> HEADER = List.of("rank", "deal", "title", "band", "score", "raw_points",
            "kind", "rule", "category", "points", "explanation", "evidence");

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write("# " + Report.FORMAT + "\r\n");
        for (String line : AuditStamp.of(report).lines()) {
            out.write("# " + line.replaceAll("[\\r\\n]+", " ") + "\r\n");
        }
        out.write(CsvCells.record(HEADER));
        int rank = 0;
        for (DealScore deal : report.deals()) {
            rank++;
            for (Finding finding : deal.findings()) {
                out.write(CsvCells.record(row(rank, deal, "finding", finding.rule(), finding.category(),
                        String.valueOf(finding.points()), finding.explanation(), evidence(finding))));
            }
            for (DataGap gap : deal.dataGaps()) {
                out.write(CsvCells.record(row(rank, deal, "data-gap", gap.rule(), "", "",
                        gap.company() + " gives no " + gap.missing(), "")));
            }
            if (deal.findings().isEmpty() && deal.dataGaps().isEmpty()) {
                out.write(CsvCells.record(row(rank, deal, "none", "", "", "", "", "")));
            }
        }
    }

    private static List<String> row(int rank, DealScore deal, String kind, String rule, String category, String points,
                                    String explanation, String evidence) {
        List<String> row = new ArrayList<>();
        row.add(String.valueOf(rank));
        row.add(text(deal.deal().id()));
        row.add(text(deal.deal().title() == null ? "" : deal.deal().title()));
        row.add(deal.band().name());
        row.add(String.valueOf(deal.score()));
        row.add(String.valueOf(deal.rawPoints()));
        row.add(kind);
        row.add(text(rule));
        row.add(text(category));
        row.add(points);
        row.add(text(explanation));
        row.add(text(evidence));
        return row;
    }

    /** "file:27 flow chip-lab/stake; file:22 flow chip-lab/chips" */
    private static String evidence(Finding finding) {
        return finding.evidence().stream()
                .map(evidence -> evidence.file() + ":" + evidence.line() + " " + evidence.kind() + " " + evidence.ref())
                .collect(Collectors.joining("; "));
    }
}
