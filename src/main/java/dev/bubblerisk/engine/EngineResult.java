package dev.bubblerisk.engine;

import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules found, per deal id (a deal with nothing found has no entry), and the loops of
 * value in the portfolio.
 *
 * @param rulesFired      per deal id, the rules that reported a finding or a data gap on it
 * @param cycles          every loop of value, each once, in a stable order
 * @param cyclesTruncated the loop search stopped at its bound, so {@code cycles} may be incomplete
 */
public record EngineResult(Map<String, List<Finding>> findings, Map<String, List<DataGap>> dataGaps,
                           Map<String, Set<String>> rulesFired, List<Cycle> cycles, boolean cyclesTruncated) {

    public EngineResult {
        findings = Map.copyOf(findings);
        dataGaps = Map.copyOf(dataGaps);
        rulesFired = Map.copyOf(rulesFired);
        cycles = List.copyOf(cycles);
    }

    /** This result and {@code other}, a result for other deals of the same portfolio (and the same loops). */
    EngineResult plus(EngineResult other) {
        Map<String, List<Finding>> allFindings = new java.util.HashMap<>(findings);
        allFindings.putAll(other.findings);
        Map<String, List<DataGap>> allGaps = new java.util.HashMap<>(dataGaps);
        allGaps.putAll(other.dataGaps);
        Map<String, Set<String>> allFired = new java.util.HashMap<>(rulesFired);
        allFired.putAll(other.rulesFired);
        return new EngineResult(allFindings, allGaps, allFired, cycles, cyclesTruncated);
    }

    /** The ids of the rules that reported something on the deal: a finding or a data gap. */
    public Set<String> rulesFiredOn(String dealId) {
        return rulesFired.getOrDefault(dealId, Set.of());
    }

    public List<Finding> findingsOf(String dealId) {
        return findings.getOrDefault(dealId, List.of());
    }

    public List<DataGap> dataGapsOf(String dealId) {
        return dataGaps.getOrDefault(dealId, List.of());
    }
}
