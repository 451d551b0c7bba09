package dev.bubblerisk.cli;

import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleEngine;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.report.JsonDealSpill;
import dev.bubblerisk.report.Report;
import dev.bubblerisk.report.ReportFormat;
import dev.bubblerisk.score.Band;
import dev.bubblerisk.score.DealScore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code score}: validate deal files, run the rules, write the ranked report. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score deals: validate the input, run the rules, rank deals by score with reasons and evidence.")
final class ScoreCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Deal files, or directories read recursively for *.yaml, *.yml, *.json.")
    List<Path> inputs;

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, json, markdown, csv or html (default: table on a terminal, json otherwise).")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "BAND",
            description = "Exit 5 when any deal reaches BAND or above: LOW, GUARDED, HIGH or SEVERE.")
    String failOn;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Band gate = failOn == null ? null : parseBand(failOn);
        engine.limits();
        List<Path> files = DealInputs.find(inputs);
        ReportFormat chosen = format != null ? format : System.console() != null ? ReportFormat.TABLE : ReportFormat.JSON;
        Band highest;
        long inputBytes = DealInputs.bytes(files);
        try (Progress progress = Progress.start(spec.commandLine().getErr(), "reading");
             JsonDealSpill spill = chosen == ReportFormat.JSON
                     ? newSpill() : null;
             ReportMemoryAhead memoryAhead = ReportMemoryAhead.startFor(spill, inputBytes)) {
            RuleLoading loading = RuleLoading.start(rules);
            Portfolio portfolio;
            try (WarmUp warmUp = WarmUp.startFor(inputBytes, loading,
                    (sample, sampleRules, dealsScored) -> rehearse(sample, sampleRules, chosen, dealsScored))) {
                // the JSON report keeps its deals where the files' bytes were, once they are parsed
                portfolio = DealInputs.load(files, inputBytes, progress, spill != null ? spill::giveBack : bytes -> { });
            }
            progress.phase("compiling the rules");
            RuleBase ruleBase = loading.get();
            progress.phase(String.format(java.util.Locale.ROOT, "scoring %,d deals", portfolio.deals().size()),
                    portfolio.deals().size());
            highest = spill != null ? scoreToJson(portfolio, ruleBase, files, inputBytes, spill, memoryAhead, progress)
                    : scoreInMemory(portfolio, ruleBase, files, chosen, progress);
        }
        return gate != null && highest != null && highest.compareTo(gate) >= 0 ? ExitCode.GATE_TRIPPED : ExitCode.OK;
    }

    /** The work of {@link #scoreToJson} or {@link #scoreInMemory} on {@code sample}, written nowhere (see {@link WarmUp}). */
    void rehearse(Portfolio sample, RuleBase ruleBase, ReportFormat chosen, IntConsumer dealsScored)
            throws IOException {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        if (chosen == ReportFormat.JSON) {
            try (JsonDealSpill spill = newSpill()) {
                Report report = scoreIntoSpill(sample, ruleBase, WarmUp.SAMPLE_BATCH_DEALS, spill, nowhere, dealsScored);
                spill.writeReport(report, OutputStream.nullOutputStream());
            }
        } else {
            Report report = Scoring.score(sample, ruleBase, engine.limits(), WarmUp.SAMPLE_BATCH_DEALS, nowhere,
                    dealsScored);
            chosen.writer().write(report, Writer.nullWriter());
        }
    }

    /** Scores into a whole report, then writes it; returns the highest band reached. */
    private Band scoreInMemory(Portfolio portfolio, RuleBase ruleBase, List<Path> files, ReportFormat chosen,
                               Progress progress) throws IOException {
        Report report = Scoring.score(portfolio, ruleBase, engine.limits(), spec.commandLine().getErr(),
                progress::advance);
        progress.phase("writing the " + chosen.key() + " report");
        ReportOutput.write(output, files, spec.commandLine().getOut(), out -> chosen.writer().write(report, out));
        return report.deals().stream().map(DealScore::band).max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * Writes each deal's JSON away as soon as its batch is scored, then the report in rank order
     * (see {@link JsonDealSpill}), which was given the deal files' bytes to keep them in first;
     * returns the highest band reached. The report's file is made before the deals are scored, and
     * written ahead while they are (see {@link ReportFileAhead}).
     */
    private Band scoreToJson(Portfolio portfolio, RuleBase ruleBase, List<Path> files, long inputBytes,
                             JsonDealSpill spill, ReportMemoryAhead memoryAhead, Progress progress) throws IOException {
        try (ReportOutput.Pending file = output != null ? ReportOutput.prepare(output, files) : null;
             ReportFileAhead fileAhead = ReportFileAhead.startFor(file != null ? file.temporary() : null, spill,
                     inputBytes)) {
            Report report = scoreIntoSpill(portfolio, ruleBase, RuleEngine.BATCH_DEALS, spill,
                    spec.commandLine().getErr(), progress::advance);
            memoryAhead.close(); // every deal is kept: the stores take no more memory
            fileAhead.close(); // nothing is written ahead once the report itself is
            progress.phase("writing the json report");
            ReportOutput.writeBytes(file, spec.commandLine().getOut(), out -> spill.writeReport(report, out),
                    stretches -> spill.writeReport(report, stretches));
        }
        return spill.highestBand();
    }

    /** Scores the portfolio, each deal written into {@code spill} as its batch is done; returns the report without its deals. */
    private Report scoreIntoSpill(Portfolio portfolio, RuleBase ruleBase, int batchDeals, JsonDealSpill spill,
                                  PrintWriter warnings, IntConsumer dealsScored) throws IOException {
        try {
            return Scoring.score(portfolio, ruleBase, engine.limits(), batchDeals, warnings, dealsScored, batch -> {
                try {
                    spill.addBatch(batch);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A JSON report written deal by deal, with any temporary files in {@code java.io.tmpdir}. */
    private static JsonDealSpill newSpill() {
        return new JsonDealSpill(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static Band parseBand(String text) {
        try {
            return Band.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: " + e.getMessage());
        }
    }
}
