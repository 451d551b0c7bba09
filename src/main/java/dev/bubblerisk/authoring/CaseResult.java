package dev.bubblerisk.authoring;

import java.util.List;
import java.util.Set;

/**
 * The outcome of one scenario.
 *
 * @param differences one sentence per expectation that was not met; empty when the case passed
 * @param rulesFired  every rule that found something in any deal of the case, for coverage
 */
public record CaseResult(Scenario scenario, List<String> differences, Set<String> rulesFired) {

    public CaseResult {
        differences = List.copyOf(differences);
        rulesFired = Set.copyOf(rulesFired);
    }

    public boolean passed() {
        return differences.isEmpty();
    }
}
