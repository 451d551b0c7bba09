package dev.bubblerisk.engine;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the sessions of one run found, gathered batch by batch (every deal is in exactly one batch). */
final class BatchResults {

    private final Map<String, List<Finding>> findings = new HashMap<>();
    private final Map<String, List<DataGap>> dataGaps = new HashMap<>();
    private final Map<String, Set<String>> rulesFired = new HashMap<>();

    void add(EngineResult batch) {
        findings.putAll(batch.findings());
        dataGaps.putAll(batch.dataGaps());
        rulesFired.putAll(batch.rulesFired());
    }

    /** Everything found, with the loops of the whole portfolio. */
    EngineResult result(LoopSearch loops) {
        return new EngineResult(findings, dataGaps, rulesFired, loops.cycles(), loops.truncated());
    }
}
