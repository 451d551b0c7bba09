package dev.bubblerisk.engine;

import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Finding;
import java.util.Collections;
import java.util.HashMap;
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
                           Map<String, Set<String>> rulesFired, List<Cycle> cycles, boolean cyclesTruncated)
        implements DealFindings {

    public EngineResult {
        findings = frozen(findings);
        dataGaps = frozen(dataGaps);
        rulesFired = frozen(rulesFired);
        cycles = List.copyOf(cycles);
    }

    /**
     * An unmodifiable copy that stays fast with a million keys: {@code Map.copyOf} probes linearly,
     * and ids that differ only in their last digits ({@code d0000001}, {@code d0000002}) pile up.
     */
    private static <V> Map<String, V> frozen(Map<String, V> byDeal) {
        return Collections.unmodifiableMap(new HashMap<>(byDeal));
    }

    /** The ids of the rules that reported something on the deal: a finding or a data gap. */
    public Set<String> rulesFiredOn(String dealId) {
        return rulesFired.getOrDefault(dealId, Set.of());
    }

    @Override
    public List<Finding> findingsOf(String dealId) {
        return findings.getOrDefault(dealId, List.of());
    }

    @Override
    public List<DataGap> dataGapsOf(String dealId) {
        return dataGaps.getOrDefault(dealId, List.of());
    }
}
