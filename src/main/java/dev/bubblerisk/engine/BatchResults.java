package dev.bubblerisk.engine;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.ruleapi.MoneyLoop;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the sessions of one run found, gathered batch by batch (every deal is in exactly one batch). */
final class BatchResults {

    private final Map<String, List<Finding>> findings = new HashMap<>();
    private final Map<String, List<DataGap>> dataGaps = new HashMap<>();
    private final Map<String, Set<String>> rulesFired = new HashMap<>();

    void addFindings(String dealId, List<Finding> found) {
        findings.put(dealId, found);
    }

    void addDataGaps(String dealId, List<DataGap> gaps) {
        dataGaps.put(dealId, gaps);
    }

    void addRulesFired(String dealId, Set<String> rules) {
        rulesFired.put(dealId, rules);
    }

    EngineResult result(MoneyLoopFinder.Result loops) {
        return new EngineResult(findings, dataGaps, rulesFired, loops.loops().stream().map(MoneyLoop::cycle).toList(),
                loops.truncated());
    }
}
