package dev.bubblerisk.report;

import dev.bubblerisk.model.Finding;
import dev.bubblerisk.score.DealScore;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal view: one block per deal — rank, deal, band, score, data gaps and its top reasons
 * — fitting in 100 columns, then a summary of the bands.
 */
final class TableReportWriter implements ReportWriter {

    static final int WIDTH = 100;
    private static final int TOP_REASONS = 3;
    private static final int MAX_DEAL_WIDTH = 36;

    @Override
    public void write(Report report, Writer out) throws IOException {
        int dealWidth = Math.max(4, Math.min(MAX_DEAL_WIDTH,
                report.deals().stream().mapToInt(deal -> deal.deal().id().length()).max().orElse(4)));
        String format = "%3s  %-" + dealWidth + "s  %-7s  %5s  %4s  %s";
        int reasonColumn = 3 + 2 + dealWidth + 2 + 7 + 2 + 5 + 2 + 4 + 2;
        out.write(line(String.format(format, "#", "DEAL", "BAND", "SCORE", "GAPS", "TOP REASONS")));
        int rank = 0;
        for (DealScore deal : report.deals()) {
            rank++;
            List<String> reasons = reasons(deal, WIDTH - reasonColumn);
            out.write(line(String.format(format, rank, clip(deal.deal().id(), dealWidth), deal.band().name(),
                    deal.score(), deal.dataGaps().isEmpty() ? "-" : deal.dataGaps().size(), reasons.get(0))));
            for (String reason : reasons.subList(1, reasons.size())) {
                out.write(line(" ".repeat(reasonColumn) + reason));
            }
        }
        out.write("\n");
        out.write(line(ReportSummary.of(report).sentence()));
        out.write(line("Rules: " + report.ruleset().path() + " (" + report.ruleset().rules()
                + "). Evidence and data gaps: --format html, markdown or json."));
    }

    private static List<String> reasons(DealScore deal, int width) {
        List<String> lines = new ArrayList<>();
        List<Finding> findings = deal.findings();
        for (Finding finding : findings.subList(0, Math.min(TOP_REASONS, findings.size()))) {
            lines.add(clip(String.format("%4s %s", Points.signed(finding.points()), finding.rule()), width));
        }
        if (findings.size() > TOP_REASONS) {
            lines.add(String.format("%4s (%d more)", "", findings.size() - TOP_REASONS));
        }
        if (lines.isEmpty()) {
            lines.add("   - no findings");
        }
        return lines;
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
    }

    private static String line(String text) {
        return text.stripTrailing() + "\n";
    }
}
