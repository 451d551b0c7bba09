package dev.bubblerisk.report;

import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.InputFile;
import dev.bubblerisk.report.graph.SvgGraph;
import dev.bubblerisk.score.Band;
import dev.bubblerisk.score.DealScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the HTML template shows, as plain values: the template only lays them out, and escapes
 * every one of them except the SVG, which {@code SvgGraph} escapes as it draws.
 */
record HtmlView(String summary, List<BandCount> bands, List<DealView> topRisks, List<DealView> deals, String graph,
                int companies, List<LoopView> loops, int moreLoops, Stamp stamp) {

    /** How many deals the summary names as top risks. */
    static final int TOP_RISKS = 5;

    /** @param graph the money-flow graph as SVG, or {@code null} when it is too large to draw */
    static HtmlView of(Report report, String graph) {
        ReportSummary summary = ReportSummary.of(report);
        List<BandCount> bands = ReportSummary.WORST_FIRST.stream()
                .map(band -> new BandCount(band.name(), css(band), summary.count(band)))
                .toList();
        SourceLines sources = new SourceLines(report.inputs());
        List<DealView> deals = new ArrayList<>();
        for (DealScore deal : report.deals()) {
            deals.add(DealView.of(deals.size() + 1, deal, sources));
        }
        List<DealView> top = deals.stream().filter(deal -> deal.score() > 0).limit(TOP_RISKS).toList();
        List<LoopView> loops = new ArrayList<>();
        for (Cycle cycle : report.cycles().subList(0, Math.min(report.cycles().size(), SvgGraph.FOCUSABLE_LOOPS))) {
            loops.add(LoopView.of(loops.size() + 1, cycle));
        }
        return new HtmlView(summary.asOfSentence() + summary.sentence() + " " + summary.loopSentence(),
                bands, top, deals, graph, report.portfolio().companies().size(), loops, report.cycles().size() - loops.size(),
                Stamp.of(AuditStamp.of(report)));
    }

    public boolean hasLoops() {
        return !loops.isEmpty();
    }

    /** Mustache counts 0 as true, so sections test booleans. */
    public boolean hasMoreLoops() {
        return moreLoops > 0;
    }

    static String css(Band band) {
        return "band-" + band.name().toLowerCase(Locale.ROOT);
    }

    record BandCount(String name, String css, int count) {
    }

    record DealView(int rank, String anchor, String id, String title, String band, String css, int bandOrder, int score,
                    int raw, boolean clamped, String topReason, String announced, String binding,
                    List<String> sources, List<FindingView> findings, List<DataGap> dataGaps) {

        public int findingCount() {
            return findings.size();
        }

        public int gaps() {
            return dataGaps.size();
        }

        public boolean hasGaps() {
            return !dataGaps.isEmpty();
        }

        public boolean hasSources() {
            return !sources.isEmpty();
        }

        static DealView of(int rank, DealScore deal, SourceLines sources) {
            List<FindingView> findings = deal.findings().stream().map(finding -> FindingView.of(finding, sources)).toList();
            return new DealView(rank, "deal-" + rank, deal.deal().id(), deal.deal().title(), deal.band().name(),
                    HtmlView.css(deal.band()), deal.band().ordinal(), deal.score(), deal.rawPoints(), deal.score() != deal.rawPoints(),
                    ReportSummary.topReason(deal),
                    deal.deal().announced() == null ? null : deal.deal().announced().toString(),
                    deal.deal().binding() ? null : "non-binding", deal.deal().sources(), findings, deal.dataGaps());
        }
    }

    record FindingView(String points, boolean mitigant, String rule, String category, String explanation,
                       List<EvidenceView> evidence) {

        static FindingView of(Finding finding, SourceLines sources) {
            return new FindingView(Points.signed(finding.points()), finding.points() < 0, finding.rule(),
                    finding.category(), finding.explanation(),
                    finding.evidence().stream().map(evidence -> EvidenceView.of(evidence, sources)).toList());
        }
    }

    record EvidenceView(String kind, String ref, String location, List<QuoteLine> quote) {

        public boolean quoted() {
            return !quote.isEmpty();
        }

        static EvidenceView of(Evidence evidence, SourceLines sources) {
            SourceQuote quote = sources.quote(evidence);
            List<QuoteLine> lines = new ArrayList<>();
            for (int i = 0; i < quote.lines().size(); i++) {
                lines.add(new QuoteLine(quote.line() + i, quote.lines().get(i), i == 0));
            }
            return new EvidenceView(evidence.kind(), evidence.ref(), evidence.file() + ":" + evidence.line(), lines);
        }
    }

    /** One quoted input line; {@code cited} for the line the evidence names. */
    record QuoteLine(int number, String text, boolean cited) {
    }

    record LoopView(int number, String path, List<String> flows) {

        static LoopView of(int number, Cycle cycle) {
            List<String> path = new ArrayList<>(cycle.companies());
            path.add(cycle.companies().get(0));
            return new LoopView(number, String.join(" → ", path), cycle.flows());
        }
    }

    record Stamp(String engine, String rulesetPath, String rules, String rulesetSha256, List<InputFile> inputs,
                 List<String> comment) {

        static Stamp of(AuditStamp stamp) {
            List<String> comment = stamp.lines().stream().map(line -> line.replace("--", "- -")).toList();
            return new Stamp(stamp.engineText(), stamp.ruleset().path(), stamp.rules(), stamp.ruleset().sha256(),
                    stamp.inputs(), comment);
        }
    }
}
