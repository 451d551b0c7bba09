package dev.bubblerisk.engine;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Finding;
import java.util.List;
import java.util.Map;

/** What the rules found, per deal id; a deal with nothing found has no entry. */
public record EngineResult(Map<String, List<Finding>> findings, Map<String, List<DataGap>> dataGaps) {

    public EngineResult {
        findings = Map.copyOf(findings);
        dataGaps = Map.copyOf(dataGaps);
    }

    public List<Finding> findingsOf(String dealId) {
        return findings.getOrDefault(dealId, List.of());
    }

    public List<DataGap> dataGapsOf(String dealId) {
        return dataGaps.getOrDefault(dealId, List.of());
    }
}
