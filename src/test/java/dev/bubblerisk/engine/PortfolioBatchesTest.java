package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.synthetic.DealFileWriters;
import dev.bubblerisk.synthetic.SyntheticPortfolio;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring in batches of deals that share buyers finds exactly what one session over everything finds. */
class PortfolioBatchesTest {

    @TempDir
    Path dir;

    @Test
    void batchesKeepDealsThatShareABuyerTogether() throws Exception {
        Portfolio portfolio = synthetic(3000);

        List<Portfolio> batches = PortfolioBatches.split(portfolio, 400);

        assertThat(batches).hasSizeGreaterThan(1);
        assertThat(batches.stream().mapToInt(batch -> batch.deals().size()).sum()).isEqualTo(portfolio.deals().size());
        for (Portfolio batch : batches) {
            for (Portfolio other : batches) {
                if (batch != other) {
                    assertThat(buyers(batch)).doesNotContainAnyElementsOf(buyers(other));
                }
            }
        }
    }

    @Test
    void scoringInBatchesGivesTheSameResultAsOneSession() throws Exception {
        Portfolio portfolio = synthetic(3000);
        RuleBase rules = RuleBaseBuilder.build(RuleSource.fromDirectory(Path.of("rules")));

        EngineResult whole = RuleEngine.run(rules, portfolio, EngineLimits.DEFAULT, Integer.MAX_VALUE, deals -> { });
        EngineResult batched = RuleEngine.run(rules, portfolio, EngineLimits.DEFAULT, 400, deals -> { });

        assertThat(batched.findings()).isEqualTo(whole.findings());
        assertThat(batched.dataGaps()).isEqualTo(whole.dataGaps());
        assertThat(batched.rulesFired()).isEqualTo(whole.rulesFired());
        assertThat(whole.findings()).isNotEmpty();
    }

    private static List<String> buyers(Portfolio batch) {
        return batch.deals().stream().map(Deal::flows).flatMap(List::stream)
                .filter(flow -> flow.type().isSupply()).map(flow -> flow.from()).distinct().toList();
    }

    private Portfolio synthetic(int deals) throws Exception {
        Path file = dir.resolve("portfolio.json");
        try (Writer out = Files.newBufferedWriter(file)) {
            new SyntheticPortfolio(deals, 3).write(DealFileWriters.of(out, true));
        }
        return new DealFileLoader().load(List.of(file));
    }
}
