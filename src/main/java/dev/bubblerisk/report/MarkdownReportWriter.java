package dev.bubblerisk.report;

import static dev.bubblerisk.report.MarkdownText.cell;
import static dev.bubblerisk.report.MarkdownText.code;
import static dev.bubblerisk.report.MarkdownText.inline;

import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.InputFile;
import dev.bubblerisk.score.DealScore;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A report to paste into a memo or a pull request: the overview table, the loops of value, each
 * deal's reasons with the input line each rests on, its data gaps, and the audit stamp.
 */
final class MarkdownReportWriter implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        ReportSummary summary = ReportSummary.of(report);
        out.write("# Circular-financing risk report\n\n");
        out.write(summary.asOfSentence() + summary.sentence() + " " + summary.loopSentence() + "\n\n");
        overview(report, out);
        out.write("\n## Loops of value\n\n");
        loops(report.cycles(), out);
        out.write("\n## Deals\n");
        SourceLines sources = new SourceLines(report.inputs());
        int rank = 0;
        for (DealScore deal : report.deals()) {
            deal(++rank, deal, sources, out);
        }
        out.write("\n## Audit stamp\n\n");
        stamp(AuditStamp.of(report), out);
    }

    private static void overview(Report report, Writer out) throws IOException {
        out.write("| # | Deal | Title | Band | Score | Gaps | Top reason |\n");
        out.write("|--:|---|---|---|--:|--:|---|\n");
        int rank = 0;
        for (DealScore deal : report.deals()) {
            List<String> cells = List.of(String.valueOf(++rank), code(deal.deal().id()), title(deal, false),
                    deal.band().name(), String.valueOf(deal.score()), String.valueOf(deal.dataGaps().size()),
                    inline(ReportSummary.topReason(deal)));
            List<String> safe = new ArrayList<>();
            cells.forEach(text -> safe.add(cell(text)));
            out.write("| " + String.join(" | ", safe) + " |\n");
        }
    }

    private static void loops(List<Cycle> cycles, Writer out) throws IOException {
        if (cycles.isEmpty()) {
            out.write("No loop of value through 3 or more companies.\n");
        }
        int number = 0;
        for (Cycle cycle : cycles) {
            List<String> path = new ArrayList<>(cycle.companies());
            path.add(cycle.companies().get(0));
            List<String> flows = cycle.flows().stream().map(MarkdownText::code).toList();
            out.write(++number + ". " + inline(String.join(" → ", path)) + ": " + String.join(", ", flows) + "\n");
        }
    }

    private static void deal(int rank, DealScore deal, SourceLines sources, Writer out) throws IOException {
        out.write("\n### " + rank + ". " + code(deal.deal().id()) + ": " + deal.band().name() + ", score " + deal.score()
                + " (raw " + deal.rawPoints() + ")\n\n");
        if (deal.deal().title() != null) {
            out.write(title(deal, true) + "\n\n");
        }
        if (deal.findings().isEmpty()) {
            out.write("No findings.\n");
        }
        for (Finding finding : deal.findings()) {
            out.write("- **" + Points.signed(finding.points()) + " " + inline(finding.rule()) + "** ("
                    + inline(finding.category()) + "): " + inline(finding.explanation()) + "\n");
            for (Evidence evidence : finding.evidence()) {
                SourceQuote quote = sources.quote(evidence);
                out.write("  - " + inline(evidence.kind()) + " " + code(evidence.ref()) + " at "
                        + code(evidence.file() + ":" + evidence.line())
                        + (quote.available() ? ": " + code(quote.cited()) : " (line not available)") + "\n");
            }
        }
        if (!deal.dataGaps().isEmpty()) {
            out.write("\nData gaps (not checked, no points):\n\n");
            for (DataGap gap : deal.dataGaps()) {
                out.write("- " + inline(gap.company()) + " gives no " + code(gap.missing()) + " (needed by "
                        + inline(gap.rule()) + ")\n");
            }
        }
    }

    private static String title(DealScore deal, boolean startsParagraph) {
        String title = deal.deal().title();
        if (title == null) {
            return "";
        }
        return startsParagraph ? MarkdownText.paragraph(title) : inline(title);
    }

    private static void stamp(AuditStamp stamp, Writer out) throws IOException {
        out.write("- Engine: " + inline(stamp.engineText()) + "\n");
        out.write("- Ruleset: " + code(stamp.ruleset().path()) + ", " + stamp.rules() + ", sha256 "
                + code(stamp.ruleset().sha256()) + "\n");
        for (InputFile input : stamp.inputs()) {
            out.write("- Input: " + code(input.path()) + ", sha256 " + code(input.sha256()) + "\n");
        }
    }
}
