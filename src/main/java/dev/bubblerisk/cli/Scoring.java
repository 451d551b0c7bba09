package dev.bubblerisk.cli;

import dev.bubblerisk.engine.EngineLimits;
import dev.bubblerisk.engine.LoopSearch;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleEngine;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.report.Report;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** Runs the rules over a portfolio and turns what they found into a ranked report. */
final class Scoring {

    private Scoring() {
    }

    static Report score(Portfolio portfolio, RuleBase rules, EngineLimits limits, PrintWriter warnings) {
        return score(portfolio, rules, limits, warnings, deals -> { });
    }

    /**
     * @param limits      bounds on the run of the rules
     * @param warnings    where to say that the report may be incomplete
     * @param dealsScored told, batch by batch, how many more deals were scored
     */
    static Report score(Portfolio portfolio, RuleBase rules, EngineLimits limits, PrintWriter warnings,
                        IntConsumer dealsScored) {
        return score(portfolio, rules, limits, RuleEngine.BATCH_DEALS, warnings, dealsScored);
    }

    /** @param batchDeals the most deals one session holds: {@link RuleEngine#BATCH_DEALS} but in a rehearsal */
    static Report score(Portfolio portfolio, RuleBase rules, EngineLimits limits, int batchDeals, PrintWriter warnings,
                        IntConsumer dealsScored) {
        List<DealScore> scores = new ArrayList<>();
        // ranked runs make the final ranking a merge
        Report report = score(portfolio, rules, limits, batchDeals, warnings, dealsScored,
                batch -> scores.addAll(ScoreCard.rank(batch)));
        return new Report(report.engine(), report.ruleset(), report.inputs(), ScoreCard.rank(scores), report.cycles(),
                portfolio);
    }

    /**
     * Scores the portfolio batch by batch and hands each batch's score cards to {@code scored} as
     * soon as the batch is done, in the batch's order, so that they need not be kept.
     *
     * @param batchDeals the most deals one session holds: {@link RuleEngine#BATCH_DEALS} but in a rehearsal
     * @return the report without its deals
     */
    static Report score(Portfolio portfolio, RuleBase rules, EngineLimits limits, int batchDeals, PrintWriter warnings,
                        IntConsumer dealsScored, Consumer<List<DealScore>> scored) {
        LoopSearch loops;
        try (BatchHandOff handOff = new BatchHandOff(portfolio.deals().size())) {
            loops = RuleEngine.run(rules, portfolio, limits, batchDeals, (batch, found) -> handOff.submit(() -> {
                List<DealScore> scores = new ArrayList<>(batch.deals().size());
                for (Deal deal : batch.deals()) {
                    scores.add(ScoreCard.score(deal, found.findingsOf(deal.id()), found.dataGapsOf(deal.id())));
                }
                scored.accept(scores);
                dealsScored.accept(batch.deals().size());
            }));
        }
        if (loops.truncated()) {
            warnTruncated(loops.cycles().size(), "circular-flow may have missed some", warnings);
        }
        return new Report(
                new Report.Engine(BuildInfo.version(), BuildInfo.droolsVersion()),
                new Report.Ruleset(rules.source().path(), rules.source().sha256(), rules.rules().size()),
                portfolio.inputs(),
                List.of(),
                loops.cycles(),
                portfolio);
    }

    /** Says on stderr that the loop search stopped at its bound, and what that means for this command. */
    static void warnTruncated(int loops, String consequence, PrintWriter warnings) {
        warnings.println("bubblerisk: warning: the search for money loops stopped at " + loops + " loops; " + consequence);
        warnings.flush();
    }
}
