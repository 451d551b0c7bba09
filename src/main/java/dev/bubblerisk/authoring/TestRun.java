package dev.bubblerisk.authoring;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The outcome of a run of rule scenarios, with rule coverage: the share of the ruleset's rules
 * that reported something in at least one case.
 *
 * @param ruleIds every rule of the ruleset
 */
public record TestRun(List<CaseResult> results, Set<String> ruleIds) {

    public TestRun {
        results = List.copyOf(results);
        ruleIds = Set.copyOf(ruleIds);
    }

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    /** The rules that fired in some case, sorted. */
    public Set<String> fired() {
        return results.stream().flatMap(result -> result.rulesFired().stream()).filter(ruleIds::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The rules that fired in no case, sorted. */
    public Set<String> neverFired() {
        Set<String> never = new TreeSet<>(ruleIds);
        never.removeAll(fired());
        return never;
    }

    /** Percentage of rules that fired, 0–100; 100 for an empty ruleset. */
    public double coverage() {
        return ruleIds.isEmpty() ? 100.0 : 100.0 * fired().size() / ruleIds.size();
    }
}
