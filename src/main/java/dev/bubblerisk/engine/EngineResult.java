package dev.bubblerisk.engine;

import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Finding;
import java.util.List;
import java.util.Map;

/**
 * What the rules found, per deal id (a deal with nothing found has no entry), and the loops of
 * value in the portfolio.
 *
 * @param cycles          every loop of value, each once, in a stable order
 * @param cyclesTruncated the loop search stopped at its bound, so {@code cycles} may be incomplete
 */
public record EngineResult(Map<String, List<Finding>> findings, Map<String, List<DataGap>> dataGaps,
                           List<Cycle> cycles, boolean cyclesTruncated) {

    public EngineResult {
        findings = Map.copyOf(findings);
        dataGaps = Map.copyOf(dataGaps);
        cycles = List.copyOf(cycles);
    }

    public List<Finding> findingsOf(String dealId) {
        return findings.getOrDefault(dealId, List.of());
    }

    public List<DataGap> dataGapsOf(String dealId) {
        return dataGaps.getOrDefault(dealId, List.of());
    }
}
