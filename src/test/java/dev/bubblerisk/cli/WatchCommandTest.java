package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code watch}: every save re-scores; a broken rule shows its diagnostics and watching goes on. */
class WatchCommandTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void rescoresOnEverySaveAndSurvivesABrokenRule() throws Exception {
        Path deals = Files.copy(Path.of("fixtures/benign-2025.yaml"), dir.resolve("deals.yaml"));
        Path rules = ShippedRules.copyInto(dir.resolve("rules"));
        Path rule = rules.resolve("structure/vendor-financing.drl");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));

        CompletableFuture<Integer> watching = CompletableFuture.supplyAsync(() -> command.execute(
                "watch", deals.toString(), "--rules", rules.toString(), "--format", "json", "--exit-after", "3"));
        awaitLines(out::toString, "scored in", 1);

        Files.writeString(deals, Files.readString(deals) + "# saved again\n");
        awaitLines(out::toString, "scored in", 2);
        String original = Files.readString(rule);
        Files.writeString(rule, original.replace("rule \"vendor-financing\"", "rule \"vendor-financing\" (("));
        awaitLines(err::toString, rule + ":", 1);
        Files.writeString(rule, original);

        assertThat(watching.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("after " + deals.toAbsolutePath(), "after " + rule.toAbsolutePath());
        assertThat(count(out.toString(), "\"format\": \"bubblerisk-report/v1\"")).as("reports written").isEqualTo(3);
        assertThat(err.toString()).contains(rule + ":");
    }

    private static void awaitLines(Supplier<String> text, String marker, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (count(text.get(), marker) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE + " for " + count + " × '" + marker + "' in:\n" + text.get());
            }
            Thread.sleep(20);
        }
    }

    private static int count(String text, String marker) {
        int count = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            count++;
        }
        return count;
    }
}
