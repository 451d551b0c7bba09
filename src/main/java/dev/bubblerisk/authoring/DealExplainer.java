package dev.bubblerisk.authoring;

import dev.bubblerisk.engine.ConditionProbe;
import dev.bubblerisk.engine.ConditionProbe.RuleConditions;
import dev.bubblerisk.engine.EngineResult;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleCompilationException;
import dev.bubblerisk.engine.RuleEngine;
import dev.bubblerisk.engine.RuleInfo;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.InputFile;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code explain}: one deal in depth — its findings, and for every rule that did not fire the
 * reason in one sentence: the data it lacked, or the first of its conditions the deal never met.
 */
public final class DealExplainer {

    private DealExplainer() {
    }

    /** Why each rule that did not fire on the deal stayed silent. */
    public record Silence(RuleInfo rule, String reason) {
    }

    /**
     * Everything {@code explain} shows about one deal.
     *
     * @param inputs the files read, for quoting evidence
     */
    public record Explanation(Deal deal, DealScore score, List<Silence> silent, List<InputFile> inputs) {
    }

    public static Explanation explain(RuleBase rules, Portfolio portfolio, Deal deal) throws RuleCompilationException {
        EngineResult result = RuleEngine.run(rules, portfolio);
        DealScore score = ScoreCard.score(deal, result.findingsOf(deal.id()), result.dataGapsOf(deal.id()));
        Set<String> fired = result.rulesFiredOn(deal.id());
        Map<String, RuleConditions> conditions = ConditionProbe.probe(rules, portfolio);
        List<Silence> silent = new ArrayList<>();
        for (RuleInfo rule : rules.rules()) {
            if (!fired.contains(rule.id())) {
                silent.add(new Silence(rule, reason(rule, score.dataGaps(), conditions.get(rule.id()), deal)));
            }
        }
        return new Explanation(deal, score, silent, portfolio.inputs());
    }

    private static String reason(RuleInfo rule, List<DataGap> gaps, RuleConditions conditions, Deal deal) {
        List<DataGap> missing = gaps.stream().filter(gap -> gap.rule().equals(rule.id())).toList();
        if (!missing.isEmpty()) {
            return "could not decide: " + missing.stream().collect(Collectors.groupingBy(DataGap::company,
                            java.util.TreeMap::new, Collectors.mapping(DataGap::missing, Collectors.joining(", "))))
                    .entrySet().stream().map(entry -> entry.getKey() + " gives no " + entry.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (conditions == null || conditions.conditions().isEmpty()) {
            return "it has no conditions to check";
        }
        int met = conditions.met(deal.id());
        int total = conditions.conditions().size();
        if (met >= total) {
            return "its conditions hold, but it reported nothing for this deal";
        }
        ConditionProbe.Condition failed = conditions.conditions().get(met);
        return "condition " + (met + 1) + " of " + total + " is not met for this deal: `" + failed.text() + "` ("
                + rule.file() + ":" + failed.line() + ")";
    }
}
