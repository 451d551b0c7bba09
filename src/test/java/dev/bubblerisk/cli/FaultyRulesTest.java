package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A rule that throws, keeps re-activating or never returns ends the run with exit 4, named, and no report. */
class FaultyRulesTest {

    private static final String DEALS = "fixtures/benign-2025.yaml";
    private static final String HEADER = """
            package faulty;

            import dev.bubblerisk.model.*;
            import dev.bubblerisk.ruleapi.*;

            global Findings findings;

            """;

    @TempDir
    Path dir;

    @Test
    void aConsequenceThatThrowsNamesTheRuleTheDealAndTheCause() throws IOException {
        Path report = dir.resolve("report.json");

        CliRun run = score(rule("""
                rule "throws"
                    @id("throws") @category("faulty") @points(1)
                when
                    $deal : Deal( id == "tesla-samsung-2025-07" )
                then
                    Object nothing = null;
                    nothing.toString();
                end
                """), "--output", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("bubblerisk: rule 'throws' failed on deal 'tesla-samsung-2025-07': NullPointerException");
        assertNoReportIn(report);
    }

    @Test
    void aConditionThatThrowsNamesTheRuleTheDealAndTheCause() throws IOException {
        CliRun run = score(rule("""
                rule "bad-condition"
                    @id("bad-condition") @category("faulty") @points(1)
                when
                    Deal( title.substring( id.equals( "meta-nebius-2025-11" ) ? 500 : 0 ).length() >= 0 )
                then
                end
                """));

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("bubblerisk: a condition of rule 'bad-condition' failed on deal 'meta-nebius-2025-11': "
                        + "StringIndexOutOfBoundsException");
    }

    @Test
    void aRuleThatKeepsReactivatingIsStoppedByTheFireLimitAndNamed() throws IOException {
        Path report = dir.resolve("report.json");

        CliRun run = score(rule("""
                declare Tick end

                rule "seed"
                    @id("seed") @category("faulty") @points(0)
                when
                    Deal( id == "tesla-samsung-2025-07" )
                then
                    insert( new Tick() );
                end

                rule "runaway"
                    @id("runaway") @category("faulty") @points(1)
                when
                    Tick()
                then
                    insert( new Tick() );
                end
                """), "--max-fires", "5000", "--output", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("bubblerisk: rule 'runaway' fired ")
                .endsWith(" times and the run was stopped at the limit of 5000 firings (--max-fires): a rule that keeps"
                        + " inserting facts or re-activating itself never finishes");
        assertNoReportIn(report);
    }

    @Test
    void aRuleThatNeverReturnsIsStoppedByTheTimeLimitAndNamed() throws IOException {
        Path report = dir.resolve("report.json");

        CliRun run = score(rule("""
                rule "spins"
                    @id("spins") @category("faulty") @points(1)
                when
                    $deal : Deal( id == "tesla-samsung-2025-07" )
                then
                    while ( true ) { }
                end
                """), "--timeout", "1", "--output", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.errLines()).containsExactly("bubblerisk: rule 'spins' on deal 'tesla-samsung-2025-07' was still"
                + " running after 1 s (--timeout): a rule that never returns");
        assertNoReportIn(report);
    }

    @Test
    @Timeout(30) // a failure here would otherwise be a run that never ends
    void aConditionThatNeverReturnsIsStoppedByTheTimeLimit() throws IOException {
        Path report = dir.resolve("report.json");

        CliRun run = score(rule("""
                function boolean spins() {
                    while ( true ) { }
                }

                rule "spins-in-condition"
                    @id("spins-in-condition") @category("faulty") @points(1)
                when
                    Deal( id == "tesla-samsung-2025-07" && spins() )
                then
                end
                """), "--timeout", "1", "--output", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.errLines()).containsExactly("bubblerisk: a rule condition was still running after 1 s"
                + " (--timeout): a rule that never returns");
        assertNoReportIn(report);
    }

    @Test
    void theLimitsMustMakeSense() {
        assertThat(CliRun.of("score", "--timeout", "0", DEALS).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("score", "--max-fires", "-3", DEALS).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    private CliRun score(Path rules, String... more) {
        String[] args = Stream.concat(Stream.of("score", "--format", "json", "--rules", rules.toString()), Stream.of(more))
                .toArray(String[]::new);
        return CliRun.of(Stream.concat(Stream.of(args), Stream.of(DEALS)).toArray(String[]::new));
    }

    private Path rule(String body) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("faulty"));
        Files.writeString(rules.resolve("faulty/faulty.drl"), HEADER + body);
        return rules;
    }

    private void assertNoReportIn(Path report) throws IOException {
        assertThat(report).doesNotExist();
        try (Stream<Path> left = Files.list(report.getParent())) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
