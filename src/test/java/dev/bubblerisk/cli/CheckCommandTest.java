package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: a broken line at its line, impure rules refused, metadata linted, silent when clean. */
class CheckCommandTest {

    private static final String HEADER = """
            package structure;

            import dev.bubblerisk.model.*;
            import dev.bubblerisk.ruleapi.*;

            global Findings findings;

            """;

    @TempDir
    Path rules;

    @Test
    void theShippedRulesAreCleanAndCheckIsSilent() {
        CliRun run = CliRun.of("check", "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportsADeliberatelyBrokenLineAtThatLine() throws IOException {
        Path file = write("structure/broken.drl", HEADER + """
                rule "broken"
                    @id("broken") @category("structure") @points(5)
                when
                    Supply( buyer == )
                then
                end
                """);

        CliRun run = CliRun.of("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.errLines()).contains(file + ":11:22: error: syntax error at ')' in rule 'broken'");
    }

    @Test
    void namesAMisspelledFieldWithAHint() throws IOException {
        Path file = write("structure/typo.drl", HEADER + """
                rule "typo"
                    @id("typo") @category("structure") @points(5)
                when
                    Supply( buyr == "lab" )
                then
                end
                """);

        CliRun run = CliRun.of("check", "--rules", rules.toString());

        assertThat(run.errLines()).contains(file + ":11:13: error: Supply has no field 'buyr' (did you mean 'buyer'?)");
    }

    @Test
    void refusesARuleThatDeletesAFile() throws IOException {
        Path file = write("structure/deletes.drl", HEADER + """
                rule "deletes-a-file"
                    @id("deletes-a-file") @category("structure") @points(5)
                when
                    $supply : Supply()
                then
                    java.nio.file.Files.delete( java.nio.file.Path.of( "/tmp/evidence" ) );
                end
                """);

        CliRun run = CliRun.of("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.errLines()).contains(
                file + ":13:5: error: rule 'deletes-a-file': 'java.nio' reaches I/O, files or the network: rules must be pure");
    }

    @Test
    void refusesARuleThatOpensASocketEvenWithoutAPackageName() throws IOException {
        Path file = write("structure/socket.drl", """
                package structure;

                import dev.bubblerisk.ruleapi.*;
                import java.net.Socket;

                rule "opens-a-socket"
                    @id("opens-a-socket") @category("structure") @points(5)
                when
                    Supply()
                then
                    Socket socket = new Socket( "127.0.0.1", 9 );
                end
                """);

        CliRun run = CliRun.of("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.errLines()).contains(
                file + ":4:8: error: 'java.net' reaches I/O, files or the network: rules must be pure",
                file + ":11:5: error: rule 'opens-a-socket': 'Socket' reaches the network: rules must be pure");
    }

    @Test
    void refusesProcessesReflectionExitAndChangesToFacts() throws IOException {
        write("structure/impure.drl", HEADER + """
                rule "impure"
                    @id("impure") @category("structure") @points(5)
                when
                    $supply : Supply()
                then
                    Runtime.getRuntime().exec( "rm -rf /" );
                    Class.forName( "java.lang.System" );
                    System.exit( 1 );
                    modify( $supply ) { };
                end
                """);

        CliRun run = CliRun.of("check", "--rules", rules.toString());

        assertThat(run.err()).contains("'Runtime' starts or controls processes", "uses reflection or class loading",
                "'System.exit' ends the process (System.exit)", "'modify(' changes facts (rules may only read them)");
    }

    @Test
    void wordsInStringsAndCommentsAreNotUses() throws IOException {
        write("structure/wordy.drl", HEADER + """
                // Reads no File and opens no Socket.
                rule "wordy"
                    @id("wordy") @category("structure") @points(5)
                when
                    $supply : Supply()
                then
                    findings.add( $supply.dealId(), "the File was sent over a Socket by Runtime" );
                end
                """);
        write("structure/wordy.test.yaml", "cases: []\n");

        CliRun run = CliRun.of("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void lintsMetadataAndWarnsOfAMissingTestFile() throws IOException {
        Path file = write("buyer/bad-metadata.drl", HEADER.replace("package structure;", "package buyer;") + """
                rule "Not_Kebab"
                    @id("Not_Kebab") @category("structure") @points(5)
                when
                    Supply()
                then
                end
                """);

        CliRun run = CliRun.of("check", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.errLines()).containsExactly(
                file + ":8:1: warning: rule 'Not_Kebab' has @category(\"structure\") but is filed under buyer/",
                file + ":8:1: warning: rule 'Not_Kebab' has no test file (expected " + rules.resolve("buyer/Not_Kebab.test.yaml") + ")",
                file + ":8:1: error: rule id 'Not_Kebab' is not in kebab-case (lower-case words joined by hyphens, like 'vendor-financing')");
    }

    @Test
    void warningsAloneExitZeroAndJsonCountsThem() throws IOException {
        write("structure/untested.drl", HEADER + """
                rule "untested"
                    @id("untested") @category("structure") @points(5)
                when
                    Supply()
                then
                end
                """);

        CliRun run = CliRun.of("check", "--rules", rules.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"severity\": \"warning\"", "\"errors\": 0", "\"warnings\": 1");
    }

    private Path write(String relative, String content) throws IOException {
        Path file = rules.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
