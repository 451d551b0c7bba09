package dev.bubblerisk.authoring;

import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleFile;
import dev.bubblerisk.engine.RuleInfo;
import dev.bubblerisk.load.InvalidInputException;
import dev.bubblerisk.yaml.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Runs every scenario file of a ruleset ({@code rules/**&#47;*.test.yaml}) against its rules. */
public final class RuleTests {

    private RuleTests() {
    }

    /**
     * @param selected which cases to run, given {@code "<rule-id>: <case name>"}
     * @throws InvalidInputException when a scenario file cannot be read; every problem of every file is listed
     */
    public static TestRun run(RuleBase rules, List<RuleFile> testFiles, Predicate<String> selected)
            throws InvalidInputException {
        ScenarioFileReader reader = new ScenarioFileReader();
        List<Scenario> scenarios = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (RuleFile file : testFiles) {
            try {
                for (Scenario scenario : reader.read(file.path(), file.content().getBytes(StandardCharsets.UTF_8))) {
                    if (selected.test(label(scenario))) {
                        scenarios.add(scenario);
                    }
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.diagnostics());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ScenarioRunner runner = new ScenarioRunner(rules);
        Set<String> ids = rules.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        return new TestRun(scenarios.stream().map(runner::run).toList(), ids);
    }

    /** "vendor-financing: fires when the supplier lends its buyer the money to buy". */
    public static String label(Scenario scenario) {
        String name = scenario.file().replace('\\', '/');
        String stem = name.substring(name.lastIndexOf('/') + 1).replace(".test.yaml", "");
        return stem + ": " + scenario.name();
    }
}
