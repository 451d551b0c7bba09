package dev.bubblerisk.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleBaseBuilder;
import dev.bubblerisk.engine.RuleInfo;
import dev.bubblerisk.engine.RuleSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario beside the shipped rules passes, and together they exercise every rule both ways. */
class ShippedRuleScenariosTest {

    private static final Path RULES = Path.of("rules");

    private static RuleBase rules;
    private static List<Scenario> scenarios;

    @BeforeAll
    static void compileRulesAndReadScenarios() throws Exception {
        rules = RuleBaseBuilder.build(RuleSource.fromDirectory(RULES));
        scenarios = new ArrayList<>();
        for (Path file : testFiles()) {
            scenarios.addAll(new ScenarioFileReader().read(file));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        ScenarioRunner runner = new ScenarioRunner(rules);
        return scenarios.stream().map(scenario -> DynamicTest.dynamicTest(
                scenario.file() + ": " + scenario.name(),
                () -> assertThat(runner.run(scenario).differences()).as(scenario.name()).isEmpty()));
    }

    @Test
    void everyRuleHasATestFileBesideItNamedForItsId() {
        for (RuleInfo rule : rules.rules()) {
            Path drl = Path.of(rule.file());
            assertThat(drl.resolveSibling(rule.id() + ".test.yaml")).as(rule.id()).exists();
        }
    }

    @Test
    void everyRuleFiresInSomeScenarioAndIsRefusedInANearMiss() {
        ScenarioRunner runner = new ScenarioRunner(rules);
        Set<String> fired = new HashSet<>();
        Set<String> expectedToFire = new HashSet<>();
        Set<String> expectedNotToFire = new HashSet<>();
        for (Scenario scenario : scenarios) {
            fired.addAll(runner.run(scenario).rulesFired());
            scenario.expectations().forEach(expectation -> {
                expectedToFire.addAll(expectation.fires());
                expectedNotToFire.addAll(expectation.notFires());
            });
        }
        List<String> ids = rules.rules().stream().map(RuleInfo::id).toList();
        assertThat(fired).as("rules that fired in some scenario").containsAll(ids);
        assertThat(expectedToFire).as("rules some scenario expects to fire").containsAll(ids);
        assertThat(expectedNotToFire).as("rules some near-miss expects not to fire").containsAll(ids);
    }

    private static List<Path> testFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".test.yaml")).sorted().toList();
        }
    }
}
