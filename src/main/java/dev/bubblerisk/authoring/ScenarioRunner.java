package dev.bubblerisk.authoring;

import dev.bubblerisk.engine.EngineResult;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleEngine;
import dev.bubblerisk.engine.RuleInfo;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import dev.bubblerisk.yaml.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs scenarios against a ruleset and says, per expectation, what differed. */
public final class ScenarioRunner {

    private final RuleBase rules;
    private final Set<String> ruleIds;

    public ScenarioRunner(RuleBase rules) {
        this.rules = rules;
        this.ruleIds = rules.rules().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
    }

    public CaseResult run(Scenario scenario) {
        EngineResult result = RuleEngine.run(rules, scenario.given());
        Map<String, DealScore> scores = scenario.given().deals().stream()
                .map(deal -> ScoreCard.score(deal, result.findingsOf(deal.id()), result.dataGapsOf(deal.id())))
                .collect(Collectors.toMap(scored -> scored.deal().id(), Function.identity()));
        List<String> differences = new ArrayList<>();
        for (Expectation expectation : scenario.expectations()) {
            DealScore scored = scores.get(expectation.deal());
            if (scored == null) {
                differences.add("no deal '" + expectation.deal() + "' in the case"
                        + Suggestions.hint(expectation.deal(), scores.keySet()));
            } else {
                compare(expectation, scored, result.rulesFiredOn(expectation.deal()), differences);
            }
        }
        Set<String> fired = result.rulesFired().values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        return new CaseResult(scenario, differences, fired);
    }

    /** @param fired the rules that reported a finding or a data gap on the deal */
    private void compare(Expectation expectation, DealScore scored, Set<String> fired, List<String> differences) {
        String deal = expectation.deal();
        for (String rule : expectation.fires()) {
            if (unknown(rule, deal, differences)) {
                continue;
            }
            if (!fired.contains(rule)) {
                differences.add(deal + ": expected " + rule + " to fire, but it did not (fired: " + fired(scored) + ")");
            }
        }
        for (String rule : expectation.notFires()) {
            if (unknown(rule, deal, differences)) {
                continue;
            }
            if (fired.contains(rule)) {
                differences.add(deal + ": expected " + rule + " not to fire, but it did: "
                        + finding(scored, rule).map(Finding::explanation).orElse("it reported a data gap"));
            }
        }
        if (expectation.score() != null && expectation.score() != scored.score()) {
            differences.add(deal + ": expected score " + expectation.score() + ", got " + scored.score()
                    + " (" + fired(scored) + ")");
        }
        if (expectation.band() != null && expectation.band() != scored.band()) {
            differences.add(deal + ": expected band " + expectation.band() + ", got " + scored.band());
        }
        for (DataGap gap : expectation.dataGaps()) {
            if (!scored.dataGaps().contains(gap)) {
                differences.add(deal + ": expected data gap " + describe(gap) + ", got "
                        + (scored.dataGaps().isEmpty() ? "none" : scored.dataGaps().stream()
                                .map(ScenarioRunner::describe).collect(Collectors.joining(", "))));
            }
        }
    }

    private boolean unknown(String rule, String deal, List<String> differences) {
        if (ruleIds.contains(rule)) {
            return false;
        }
        differences.add(deal + ": no rule '" + rule + "' in the ruleset" + Suggestions.hint(rule, ruleIds));
        return true;
    }

    private static Optional<Finding> finding(DealScore scored, String rule) {
        return scored.findings().stream().filter(finding -> finding.rule().equals(rule)).findFirst();
    }

    private static String fired(DealScore scored) {
        return scored.findings().isEmpty() ? "none" : scored.findings().stream()
                .map(finding -> finding.rule() + " " + (finding.points() > 0 ? "+" : "") + finding.points())
                .collect(Collectors.joining(", "));
    }

    private static String describe(DataGap gap) {
        return gap.rule() + "/" + gap.company() + "/" + gap.missing();
    }
}
