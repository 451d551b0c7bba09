package dev.bubblerisk.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.engine.EngineResult;
import dev.bubblerisk.engine.LoopSearch;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleBaseBuilder;
import dev.bubblerisk.engine.RuleEngine;
import dev.bubblerisk.engine.RuleSource;
import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Financials;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.FlowType;
import dev.bubblerisk.model.Portfolio;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated portfolio loads as valid input and has the mix the benchmark relies on. */
class SyntheticPortfolioTest {

    private static final int DEALS = 3000;

    @TempDir
    static Path dir;

    private static Portfolio portfolio;

    @BeforeAll
    static void generate() throws Exception {
        portfolio = load(write(DEALS, 7, true, "portfolio.json"));
    }

    @Test
    void hasAboutOneCompanyPerTenDealsAndThreeFlowsPerDeal() {
        assertThat(portfolio.deals()).hasSize(DEALS);
        assertThat(portfolio.companies()).hasSize(DEALS / 10);
        double flowsPerDeal = (double) portfolio.flows().count() / DEALS;
        assertThat(flowsPerDeal).isBetween(2.7, 3.3);
    }

    @Test
    void usesEveryFlowTypeAndTiesEquityToPurchases() {
        Set<FlowType> types = portfolio.flows().map(Flow::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(FlowType.class)));
        assertThat(types).containsExactlyInAnyOrder(FlowType.values());
        assertThat(portfolio.flows().filter(flow -> flow.tiedTo() != null)).isNotEmpty();
        assertThat(portfolio.holdings()).isNotEmpty();
    }

    @Test
    void isValidWhateverTheSizeOfTheLastCluster() throws Exception {
        // 51 and 101 companies leave one company over after clusters of fifty; 149, forty-nine
        for (int deals : new int[] {1, 199, 510, 1010, 1490}) {
            assertThat(load(write(deals, 2, true, "size-" + deals + ".json")).deals()).hasSize(deals);
        }
    }

    @Test
    void leavesSomeFinancialsOutAndSpreadsDealsOverYears() {
        assertThat(portfolio.companies()).map(Company::financials).contains(Financials.NONE);
        assertThat(portfolio.companies()).map(Company::financials).anyMatch(financials -> financials != Financials.NONE);
        Set<Integer> years = portfolio.deals().stream().map(Deal::year).collect(Collectors.toSet());
        assertThat(years).contains(2020, 2021, 2022, 2023, 2024, 2025);
    }

    @Test
    void plantsLoopsOfThreeToSixCompaniesAndFiresMostRules() throws Exception {
        RuleBase rules = RuleBaseBuilder.build(RuleSource.fromDirectory(Path.of("rules")));
        EngineResult result = RuleEngine.run(rules, portfolio);

        Set<Integer> lengths = result.cycles().stream().map(cycle -> cycle.companies().size()).collect(Collectors.toSet());
        assertThat(lengths).contains(3, 4, 5, 6);
        assertThat(result.findings().values().stream().flatMap(List::stream).map(finding -> finding.rule()).distinct())
                .hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void loopsAreTheExceptionSoTheLoopSearchListsThemAll() throws Exception {
        int deals = 50_000;
        LoopSearch loops = LoopSearch.of(load(write(deals, 1, true, "large.json")));

        assertThat(loops.truncated()).isFalse();
        // the planted ones (one per 500 deals) and the few that regular trade and vendor financing close
        assertThat(loops.cycles()).hasSizeBetween(deals / 500, deals / 100);
    }

    @Test
    void theSameCountAndSeedGiveTheSameBytesAndYamlReadsLikeJson() throws Exception {
        Path again = write(DEALS, 7, true, "again.json");
        Path otherSeed = write(DEALS, 8, true, "other.json");
        Path yaml = write(DEALS, 7, false, "portfolio.yaml");

        assertThat(Files.mismatch(dir.resolve("portfolio.json"), again)).isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("portfolio.json"), otherSeed)).isNotEqualTo(-1);
        assertThat(load(yaml).deals().stream().map(SyntheticPortfolioTest::withoutLocations).toList())
                .isEqualTo(portfolio.deals().stream().map(SyntheticPortfolioTest::withoutLocations).toList());
    }

    private static String withoutLocations(Deal deal) {
        StringWriter text = new StringWriter();
        text.append(deal.id()).append(' ').append(String.valueOf(deal.announced())).append(' ').append(String.valueOf(deal.binding()));
        deal.flows().forEach(flow -> text.append(" | ").append(flow.id()).append(' ').append(flow.type().key()).append(' ')
                .append(flow.from()).append('>').append(flow.to()).append(' ').append(String.valueOf(flow.amount()))
                .append(' ').append(String.valueOf(flow.tiedTo())));
        return text.toString();
    }

    private static Path write(int deals, long seed, boolean json, String name) throws Exception {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file)) {
            new SyntheticPortfolio(deals, seed).write(DealFileWriters.of(out, json));
        }
        return file;
    }

    private static Portfolio load(Path file) throws Exception {
        return new DealFileLoader().load(List.of(file));
    }
}
