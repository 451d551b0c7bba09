package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code test}: PASS/FAIL per case, coverage, the closing line, and exit 5 when anything fails. */
class TestCommandTest {

    @TempDir
    Path dir;

    @Test
    void theShippedScenariosAllPassWithFullCoverage() {
        CliRun run = CliRun.of("test", "--rules", "rules", "--coverage-threshold", "100");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines().filter(line -> line.startsWith("FAIL"))).isEmpty();
        assertThat(run.out()).contains("coverage: 17 of 17 rules fired (100.0%)");
        assertThat(run.out().lines().reduce((first, second) -> second).orElseThrow()).matches("\\d+ passed, 0 failed");
    }

    @Test
    void deletingARuleMakesItsScenariosFail() throws IOException {
        Path rules = copyOfShippedRules();
        Files.delete(rules.resolve("structure/vendor-financing.drl"));

        CliRun run = CliRun.of("test", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.GATE_TRIPPED);
        assertThat(run.out()).contains("FAIL  vendor-financing: fires when the supplier lends its buyer the money to buy",
                "d1: no rule 'vendor-financing' in the ruleset");
        assertThat(run.out().lines().reduce((first, second) -> second).orElseThrow()).matches("\\d+ passed, [1-9]\\d* failed");
    }

    @Test
    void coverageUnderTheThresholdIsExitFive() throws IOException {
        Path rules = copyOfShippedRules();
        Files.delete(rules.resolve("market/deal-clustering.test.yaml"));

        CliRun run = CliRun.of("test", "--rules", rules.toString(), "--coverage-threshold", "100");

        assertThat(run.exitCode()).isEqualTo(ExitCode.GATE_TRIPPED);
        assertThat(run.out()).contains("never fired: deal-clustering");
        assertThat(run.errLines()).containsExactly("bubblerisk: rule coverage 94.1% is under the threshold of 100.0%");
    }

    @Test
    void selectsCasesByRegexAndWritesJunitXml() {
        CliRun run = CliRun.of("test", "--rules", "rules", "-r", "^vendor-financing:", "--format", "junit");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("<?xml").contains("<testsuite name=\"rules/structure/vendor-financing.test.yaml\" tests=\"2\" failures=\"0\">")
                .doesNotContain("buyer-unprofitable.test.yaml");
    }

    @Test
    void jsonListsEveryCase() {
        CliRun run = CliRun.of("test", "--rules", "rules", "-r", "young-counterparty", "--format", "json");

        assertThat(run.out()).contains("\"passed\": 3", "\"failed\": 0", "\"rules\": 17");
    }

    private Path copyOfShippedRules() throws IOException {
        return ShippedRules.copyInto(dir.resolve("rules"));
    }
}
