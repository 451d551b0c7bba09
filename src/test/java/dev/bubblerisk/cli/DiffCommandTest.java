package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff}: what a weight change does to a portfolio. */
class DiffCommandTest {

    @TempDir
    Path dir;

    @Test
    void showsEveryDealAWeightChangeMovesAndTheBandMigration() throws IOException {
        Path rulesB = copyOfShippedRules();
        Path drl = rulesB.resolve("structure/vendor-financing.drl");
        Files.writeString(drl, Files.readString(drl).replace("@points(50)", "@points(30)"));

        CliRun run = CliRun.of("diff", "--rules-a", "rules", "--rules-b", rulesB.toString(), "fixtures/dotcom-2000.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("7 of 14 deals change:");
        assertThat(run.out()).containsPattern("lucent-pathnet-1999-02 +60 HIGH +40 GUARDED +-20 +band down");
        assertThat(run.out()).containsPattern("lucent-jato-1999 +70 HIGH +50 HIGH +-20\n");
        assertThat(run.out()).containsPattern("\n  HIGH +0 +4 +2 +0\n");
    }

    @Test
    void identicalRulesetsChangeNothing() {
        CliRun run = CliRun.of("diff", "--rules-a", "rules", "--rules-b", "rules", "--format", "json", "fixtures/benign-2025.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"delta\": 0").doesNotContain("\"delta\": -", "\"delta\": 1", "\"delta\": 2");
    }

    private Path copyOfShippedRules() throws IOException {
        return ShippedRules.copyInto(dir.resolve("rules-b"));
    }
}
