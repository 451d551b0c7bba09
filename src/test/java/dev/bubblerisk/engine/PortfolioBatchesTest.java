package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.synthetic.DealFileWriters;
import dev.bubblerisk.synthetic.SyntheticPortfolio;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring in batches of deals that share buyers finds exactly what one session over everything finds. */
public class PortfolioBatchesTest { // public: a rule below counts its firings here

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
    void eachBatchHasTheCompaniesItsDealsNameAndTheHoldingsAmongThem() throws Exception {
        Portfolio portfolio = synthetic(3000);

        List<Portfolio> batches = PortfolioBatches.split(portfolio, 400);

        assertThat(batches).hasSizeGreaterThan(1);
        for (Portfolio batch : batches) {
            assertThat(batch.companies()).isEqualTo(companiesNamedBy(batch.deals(), portfolio));
            assertThat(batch.holdings()).isEqualTo(holdingsAmong(batch.deals(), portfolio)).isNotEmpty();
        }
    }

    @Test
    void aSubsetHoldsTheHoldingsAmongCompaniesMissingFromTheList() throws Exception {
        Portfolio whole = synthetic(500);
        // Every third company is left out of the list, as a portfolio built by hand may leave it.
        List<Company> listed = IntStream.range(0, whole.companies().size()).filter(i -> i % 3 != 0)
                .mapToObj(whole.companies()::get).toList();
        Portfolio portfolio = new Portfolio(whole.inputs(), listed, whole.holdings(), whole.deals());
        List<Deal> deals = portfolio.deals().subList(100, 300);

        Portfolio subset = PortfolioBatches.subset(portfolio, deals);

        assertThat(subset.deals()).isEqualTo(deals);
        assertThat(subset.companies()).isEqualTo(companiesNamedBy(deals, portfolio));
        assertThat(subset.holdings()).isEqualTo(holdingsAmong(deals, portfolio));
        Set<String> unlisted = whole.companies().stream().map(Company::id).collect(Collectors.toSet());
        listed.forEach(company -> unlisted.remove(company.id()));
        assertThat(subset.holdings()).as("holdings of or in companies missing from the list")
                .anyMatch(holding -> unlisted.contains(holding.holder()) || unlisted.contains(holding.company()));
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

    @Test
    void aConditionThatThrowsInABatchNamesItsDeal() throws Exception {
        Portfolio portfolio = synthetic(3000);
        String deal = PortfolioBatches.split(portfolio, 400).get(2).deals().get(0).id();
        RuleBase rules = ruleBase("""
                rule "bad-condition"
                    @id("bad-condition") @category("faulty") @points(1)
                when
                    Deal( title.substring( id.equals( "%s" ) ? 5000 : 0 ).length() >= 0 )
                then
                end
                """.formatted(deal));

        Throwable failure = catchThrowable(() -> RuleEngine.run(rules, portfolio, EngineLimits.DEFAULT, 400, deals -> { }));

        assertThat(failure).isInstanceOf(RuleExecutionException.class)
                .hasMessageStartingWith("a condition of rule 'bad-condition' failed on deal '" + deal + "'");
        assertNoRulesStillRunning();
    }

    @Test
    void aRuleThatNeverReturnsInABatchIsStoppedWhileTheNextWaits() throws Exception {
        Portfolio portfolio = synthetic(3000);
        String deal = PortfolioBatches.split(portfolio, 400).get(1).deals().get(0).id();
        RuleBase rules = ruleBase("""
                rule "spins"
                    @id("spins") @category("faulty") @points(1)
                when
                    Deal( id == "%s" )
                then
                    while ( true ) { }
                end
                """.formatted(deal));
        List<Integer> scored = new ArrayList<>();

        Throwable failure = catchThrowable(() -> RuleEngine.run(rules, portfolio, new EngineLimits(0, Duration.ofSeconds(1)),
                400, (IntConsumer) scored::add));

        assertThat(failure).isInstanceOf(RuleExecutionException.class)
                .hasMessage("rule 'spins' on deal '" + deal + "' was still running after 1 s (--timeout): a rule that"
                        + " never returns");
        assertThat(scored).as("only the first batch was scored").hasSize(1);
        assertNoRulesStillRunning();
    }

    /** Counts the firings of the rule below, which reaches it from its consequence. */
    public static final AtomicInteger BUSY_FIRINGS = new AtomicInteger();

    @Test
    void aRuleThatKeepsFiringPastTheTimeLimitIsHaltedBeforeItsNextMatch() throws Exception {
        Portfolio portfolio = synthetic(3000);
        RuleBase rules = ruleBase("""
                import dev.bubblerisk.engine.PortfolioBatchesTest;

                rule "busy"
                    @id("busy") @category("faulty") @points(1)
                when
                    Deal()
                then
                    PortfolioBatchesTest.BUSY_FIRINGS.incrementAndGet();
                    long until = System.nanoTime() + 5000000L;
                    while ( System.nanoTime() < until ) { }
                end
                """);
        BUSY_FIRINGS.set(0);

        Throwable failure = catchThrowable(() -> RuleEngine.run(rules, portfolio,
                new EngineLimits(0, Duration.ofMillis(200)), Integer.MAX_VALUE, deals -> { }));

        assertThat(failure).isInstanceOf(RuleExecutionException.class)
                .hasMessageStartingWith("rule 'busy' on deal '")
                .hasMessageEndingWith("' was still running after 200 ms (--timeout): a rule that never returns");
        // 5 ms a firing: some 40 fired in the time allowed; stopped only after the grace of 2 s, 400 more would have
        assertThat(BUSY_FIRINGS.get()).as("firings, 3,000 matches in all").isLessThan(120);
        assertNoRulesStillRunning();
    }

    @Test
    void allTheSessionsOfARunFireOnOneThreadThatEndsWithTheRun() throws Exception {
        Portfolio portfolio = synthetic(3000);
        RuleBase rules = ruleBase("""
                import dev.bubblerisk.ruleapi.Findings;

                global Findings findings;

                rule "where"
                    @id("where") @category("test") @points(1)
                when
                    $deal : Deal()
                then
                    findings.add( $deal.id(), "fired on thread " + Thread.currentThread().getId() );
                end
                """);

        EngineResult result = RuleEngine.run(rules, portfolio, EngineLimits.DEFAULT, 400, deals -> { });

        assertThat(PortfolioBatches.split(portfolio, 400)).hasSizeGreaterThan(1);
        assertThat(result.findings()).hasSize(portfolio.deals().size());
        assertThat(result.findings().values().stream().flatMap(List::stream).map(Finding::explanation).distinct())
                .as("the threads the sessions fired on").hasSize(1);
        assertNoRulesStillRunning();
    }

    private RuleBase ruleBase(String rule) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules/faulty"));
        Files.writeString(rules.resolve("faulty.drl"), """
                package faulty;

                import dev.bubblerisk.model.*;

                """ + rule);
        return RuleBaseBuilder.build(RuleSource.fromDirectory(rules.getParent()));
    }

    /** No session's rules go on running once the run has failed. */
    private static void assertNoRulesStillRunning() throws InterruptedException {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("rules")) {
                thread.join(5_000);
                assertThat(thread.isAlive()).as("a rules thread still running").isFalse();
            }
        }
    }

    /** The portfolio's companies that {@code deals} name, in input order, worked out plainly. */
    private static List<Company> companiesNamedBy(List<Deal> deals, Portfolio portfolio) {
        Set<String> named = named(deals);
        return portfolio.companies().stream().filter(company -> named.contains(company.id())).toList();
    }

    /** The portfolio's holdings between companies that {@code deals} name, in input order, worked out plainly. */
    private static List<Holding> holdingsAmong(List<Deal> deals, Portfolio portfolio) {
        Set<String> named = named(deals);
        return portfolio.holdings().stream()
                .filter(holding -> named.contains(holding.holder()) && named.contains(holding.company())).toList();
    }

    private static Set<String> named(List<Deal> deals) {
        Set<String> named = new HashSet<>();
        for (Deal deal : deals) {
            deal.flows().forEach(flow -> {
                named.add(flow.from());
                named.add(flow.to());
            });
            deal.reactions().forEach(reaction -> named.add(reaction.company()));
        }
        return named;
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
