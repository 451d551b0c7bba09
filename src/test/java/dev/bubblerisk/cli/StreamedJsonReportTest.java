package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.engine.EngineLimits;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.report.JsonDealSpill;
import dev.bubblerisk.report.Report;
import dev.bubblerisk.report.ReportFormat;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.synthetic.DealFileWriters;
import dev.bubblerisk.synthetic.SyntheticPortfolio;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --format json} writes each deal away as its batch is scored and puts the report
 * together at the end; that must be byte for byte the JSON of the whole report in memory.
 */
class StreamedJsonReportTest {

    @TempDir
    Path dir;

    @Test
    void aPortfolioScoredInBatchesGivesTheWholeReportsJson() throws Exception {
        Path input = synthetic(6_000); // more than one session's worth of deals
        Portfolio portfolio = new DealFileLoader().load(List.of(input));
        RuleBase rules = RulesLocation.load(Path.of("rules"));
        Report whole = Scoring.score(portfolio, rules, EngineLimits.DEFAULT, new PrintWriter(new StringWriter()));
        StringWriter expected = new StringWriter();
        ReportFormat.JSON.writer().write(whole, expected);

        CliRun streamed = CliRun.of("score", "--rules", "rules", "--format", "json", input.toString());

        assertThat(streamed.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(whole.deals()).hasSize(6_000);
        assertThat(streamed.out()).isEqualTo(expected.toString());
    }

    @Test
    void dealsAddedInAnyOrderAreWrittenInRankOrder() throws Exception {
        Path input = synthetic(300);
        Portfolio portfolio = new DealFileLoader().load(List.of(input));
        Report whole = Scoring.score(portfolio, RulesLocation.load(Path.of("rules")), EngineLimits.DEFAULT,
                new PrintWriter(new StringWriter()));
        StringWriter expected = new StringWriter();
        ReportFormat.JSON.writer().write(whole, expected);
        List<DealScore> shuffled = new ArrayList<>(whole.deals());
        Collections.shuffle(shuffled, new Random(7));

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (JsonDealSpill spill = new JsonDealSpill(dir)) {
            for (DealScore deal : shuffled) {
                spill.add(deal);
            }
            spill.writeReport(new Report(whole.engine(), whole.ruleset(), whole.inputs(), List.of(), whole.cycles(),
                    portfolio), written);
            assertThat(spill.highestBand()).isEqualTo(whole.deals().get(0).band());
        }

        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        try (var left = Files.list(dir)) {
            assertThat(left.map(Path::getFileName).map(Path::toString)).containsExactly("portfolio.json");
        }
    }

    private Path synthetic(int deals) throws Exception {
        Path file = dir.resolve("portfolio.json");
        try (Writer out = Files.newBufferedWriter(file)) {
            new SyntheticPortfolio(deals, 3).write(DealFileWriters.of(out, true));
        }
        return file;
    }
}
