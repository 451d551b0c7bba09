package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code fixtures/invalid/} is named for its defect; {@code expected-errors.txt}
 * holds the exact lines {@code validate} must print for it.
 */
class InvalidFixturesTest {

    private static final Path DIRECTORY = Path.of("fixtures/invalid");

    static Stream<Path> invalidFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> !file.getFileName().toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void validateRefusesTheFileWithItsExactMessages(Path file) throws IOException {
        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactlyElementsOf(expected().getOrDefault(file.toString(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void scoreRefusesTheFileBeforeRunningAnyRule(Path file) throws IOException {
        CliRun run = CliRun.of("score", "--format", "json", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactlyElementsOf(expected().get(file.toString()));
    }

    @Test
    void everyInvalidFileHasItsExpectedMessagesAndEveryExpectationItsFile() throws IOException {
        assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(
                invalidFiles().map(Path::toString).toList());
    }

    @Test
    void problemsOfSeveralFilesAreReportedTogetherWithTheClashesBetweenThem() throws IOException {
        // given: two files that each parse, each with its own defect, both defining nvidia, openai and deal d1
        String first = "fixtures/invalid/negative-amount.yaml";
        String second = "fixtures/invalid/unknown-field-misspelled.yaml";

        CliRun run = CliRun.of("validate", first, second);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).containsAll(expected().get(first)).containsAll(expected().get(second)).contains(
                second + ":3:5: duplicate company id 'nvidia' (first defined at " + first + ":3:5)",
                second + ":8:5: duplicate deal id 'd1' (first defined at " + first + ":8:5)");
    }

    private static Map<String, List<String>> expected() throws IOException {
        return Files.readAllLines(DIRECTORY.resolve("expected-errors.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .collect(Collectors.groupingBy(InvalidFixturesTest::fileOf, TreeMap::new, Collectors.toList()));
    }

    private static String fileOf(String line) {
        return line.substring(0, line.indexOf(':'));
    }
}
