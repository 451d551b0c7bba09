package dev.bubblerisk.engine;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.ruleapi.MoneyLoop;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import org.kie.api.runtime.KieSession;

/**
 * Runs a {@link RuleBase} over a portfolio, so rules can reason across deals: in one session, or
 * for a large portfolio in sessions over batches of deals that share buyers. Input facts are
 * immutable records: rules read them and report through {@code findings}. A rule that throws,
 * keeps re-activating or never returns ends the run with a {@link RuleExecutionException} naming it.
 */
public final class RuleEngine {

    /** The name of the global DRL files declare: {@code global Findings findings;}. */
    public static final String FINDINGS_GLOBAL = "findings";

    private RuleEngine() {
    }

    public static EngineResult run(RuleBase rules, Portfolio portfolio) {
        return run(rules, portfolio, EngineLimits.DEFAULT);
    }

    public static EngineResult run(RuleBase rules, Portfolio portfolio, EngineLimits limits) {
        return run(rules, portfolio, limits, deals -> { });
    }

    /** @param dealsScored told, batch by batch, how many more deals were scored */
    public static EngineResult run(RuleBase rules, Portfolio portfolio, EngineLimits limits, IntConsumer dealsScored) {
        return run(rules, portfolio, limits, BATCH_DEALS, dealsScored);
    }

    /** @param batchDeals the most deals one session holds (see {@link PortfolioBatches}) */
    static EngineResult run(RuleBase rules, Portfolio portfolio, EngineLimits limits, int batchDeals,
                            IntConsumer dealsScored) {
        BatchResults results = new BatchResults();
        LoopSearch loops = runSessions(rules, portfolio, limits, batchDeals, (batch, found) -> {
            results.add(found.result());
            dealsScored.accept(batch.deals().size());
        });
        return results.result(loops);
    }

    /**
     * Runs the rules session by session and hands each batch's findings to {@code batchDone} as soon
     * as its session ends, so a caller can use them and let them go before the next batch. A
     * portfolio of at most {@link #BATCH_DEALS} deals is one batch.
     *
     * @return the loops of value in the whole portfolio
     */
    public static LoopSearch run(RuleBase rules, Portfolio portfolio, EngineLimits limits, BatchDone batchDone) {
        return run(rules, portfolio, limits, BATCH_DEALS, batchDone);
    }

    /**
     * The same in sessions of at most {@code batchDeals} deals rather than {@link #BATCH_DEALS}: a
     * rehearsal of the run's work has smaller ones (see the {@code score} command's warm-up).
     */
    public static LoopSearch run(RuleBase rules, Portfolio portfolio, EngineLimits limits, int batchDeals,
                                 BatchDone batchDone) {
        return runSessions(rules, portfolio, limits, batchDeals, batchDone::scored);
    }

    private static LoopSearch runSessions(RuleBase rules, Portfolio portfolio, EngineLimits limits, int batchDeals,
                                          BiConsumer<Portfolio, FindingCollector> batchDone) {
        ExecutorService helper = HelperThread.startFor("session-facts", portfolio.deals().size());
        try (SupervisedFiring firing = new SupervisedFiring()) {
            // The companies are numbered on both threads; then the loop search, and the loops of each
            // deal, run beside the cutting into batches, and each batch's facts are made while the
            // rules run on the batches before.
            CompanyIndex index = CompanyIndex.of(portfolio, helper);
            Future<MoneyLoopFinder.Result> searching = helper.submit(() -> MoneyLoopFinder.find(portfolio, index));
            Future<Map<String, List<MoneyLoop>>> byDeal = helper.submit(() -> HelperThread.result(searching).byDeal());
            List<Portfolio> batches = PortfolioBatches.split(portfolio, index, batchDeals);
            MoneyLoopFinder.Result loops = HelperThread.result(searching);
            Map<String, List<MoneyLoop>> loopsByDeal = HelperThread.result(byDeal);
            Deque<Future<SessionFacts>> ahead = new ArrayDeque<>();
            for (int i = 0; i < batches.size(); i++) {
                while (ahead.size() < FACTS_AHEAD && i + ahead.size() < batches.size()) {
                    Portfolio following = batches.get(i + ahead.size());
                    ahead.add(helper.submit(() -> SessionFacts.of(rules, following, loopsByDeal)));
                }
                Portfolio batch = batches.get(i);
                SessionFacts facts = HelperThread.result(ahead.removeFirst());
                FindingCollector found;
                try {
                    found = runSession(rules, batch, facts, limits, firing);
                } catch (ConditionFailure failure) {
                    throw failure.reported(failingDeal(rules, batch, limits, loopsByDeal, firing));
                }
                batchDone.accept(batch, found);
            }
            return LoopSearch.of(loops);
        } finally {
            helper.shutdownNow();
        }
    }

    /** Told what the rules found in one batch of deals. */
    @FunctionalInterface
    public interface BatchDone {
        /**
         * @param found the findings on {@code batch}'s deals: each deal's gathered when asked for, on
         *              whichever thread asks, once the session is over
         */
        void scored(Portfolio batch, DealFindings found);
    }

    /**
     * Portfolios larger than this are scored in batches of deals that share buyers (see
     * {@link PortfolioBatches}): small sessions keep the engine's memory short-lived, so time and
     * memory grow with the portfolio and not with its square.
     */
    public static final int BATCH_DEALS = 1_000;

    /**
     * How many batches' facts are made ahead of the session that runs. With one, the sessions'
     * thread often waited, for the next batch's facts or for room to hand a finished batch on, while
     * the other helper's work alone kept a core busy: with two (and three finished batches waiting,
     * see the command's hand-off), a million deals' sessions took 7.6–8.6 s against 8.2–9.2 s (six
     * runs each, alternated). Three, since the helper that makes them runs at a lower priority
     * (see {@link HelperThread#startFor}) and so falls behind at times.
     */
    private static final int FACTS_AHEAD = 3;

    /**
     * The deal whose facts make a rule condition throw, found by halving the deals until one deal
     * alone still makes it throw; empty when only a combination of deals does.
     */
    private static java.util.Optional<String> failingDeal(RuleBase rules, Portfolio portfolio, EngineLimits limits,
                                                          Map<String, List<MoneyLoop>> loopsByDeal,
                                                          SupervisedFiring firing) {
        List<Deal> suspects = portfolio.deals();
        while (suspects.size() > 1) {
            List<Deal> first = suspects.subList(0, suspects.size() / 2);
            List<Deal> second = suspects.subList(suspects.size() / 2, suspects.size());
            if (fails(rules, portfolio, first, limits, loopsByDeal, firing)) {
                suspects = first;
            } else if (fails(rules, portfolio, second, limits, loopsByDeal, firing)) {
                suspects = second;
            } else {
                return java.util.Optional.empty();
            }
        }
        return suspects.size() == 1 && fails(rules, portfolio, suspects, limits, loopsByDeal, firing)
                ? java.util.Optional.of(suspects.get(0).id()) : java.util.Optional.empty();
    }

    private static boolean fails(RuleBase rules, Portfolio portfolio, List<Deal> deals, EngineLimits limits,
                                 Map<String, List<MoneyLoop>> loopsByDeal, SupervisedFiring firing) {
        try {
            Portfolio subset = PortfolioBatches.subset(portfolio, deals);
            runSession(rules, subset, SessionFacts.of(rules, subset, loopsByDeal), limits, firing);
            return false;
        } catch (ConditionFailure failure) {
            return true;
        } catch (RuleExecutionException other) {
            return false;
        }
    }

    private static FindingCollector runSession(RuleBase rules, Portfolio portfolio, SessionFacts facts,
                                               EngineLimits limits, SupervisedFiring firing) {
        FindingCollector collector = new FindingCollector(rules, portfolio.deals());
        KieSession session = rules.newSession();
        try {
            if (rules.declaresFindings()) {
                session.setGlobal(FINDINGS_GLOBAL, collector);
            }
            session.addEventListener(collector);
            facts.insertInto(session);
            long maxFires = limits.maxFiresFor(facts.count());
            long fired = firing.fire(session, maxFires, limits.timeout(), collector);
            if (fired >= maxFires) {
                throw new RuleExecutionException(collector.busiest() + " and the run was stopped at the limit of "
                        + maxFires + " firings (--max-fires): a rule that keeps inserting facts or re-activating itself"
                        + " never finishes", null);
            }
            return collector;
        } finally {
            session.dispose();
        }
    }

}
