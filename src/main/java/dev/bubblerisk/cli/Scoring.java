package dev.bubblerisk.cli;

import dev.bubblerisk.engine.EngineLimits;
import dev.bubblerisk.engine.EngineResult;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleEngine;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.report.Report;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import java.io.PrintWriter;
import java.util.List;
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
        EngineResult result = RuleEngine.run(rules, portfolio, limits, dealsScored);
        if (result.cyclesTruncated()) {
            warnTruncated(result.cycles().size(), "circular-flow may have missed some", warnings);
        }
        List<DealScore> scores = portfolio.deals().stream()
                .map(deal -> ScoreCard.score(deal, result.findingsOf(deal.id()), result.dataGapsOf(deal.id())))
                .toList();
        return new Report(
                new Report.Engine(BuildInfo.version(), BuildInfo.droolsVersion()),
                new Report.Ruleset(rules.source().path(), rules.source().sha256(), rules.rules().size()),
                portfolio.inputs(),
                ScoreCard.rank(scores),
                result.cycles(),
                portfolio);
    }

    /** Says on stderr that the loop search stopped at its bound, and what that means for this command. */
    static void warnTruncated(int loops, String consequence, PrintWriter warnings) {
        warnings.println("bubblerisk: warning: the search for money loops stopped at " + loops + " loops; " + consequence);
        warnings.flush();
    }
}
