package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random damage to valid deal files — deleted lines, values of the wrong kind, truncated bytes,
 * random unicode — never crashes bubblerisk: the answer is exit 0 or 3, errors are located lines
 * without a stack trace, and the same input always gives the same output.
 */
class MutatedInputTest {

    private static final List<byte[]> ORIGINALS = new ArrayList<>();
    private static Path directory;

    @BeforeContainer
    static void readOriginals() throws IOException {
        ORIGINALS.add(Files.readAllBytes(Path.of("fixtures/benign-2025.yaml")));
        ORIGINALS.add(Files.readAllBytes(Path.of("fixtures/dotcom-2000.yaml")));
        directory = Files.createTempDirectory("mutated");
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    /** One kind of damage at one place. */
    record Mutation(int original, Kind kind, int at, String text) {
        enum Kind { DELETE_LINE, DUPLICATE_LINE, WRONG_KIND, TRUNCATE, INSERT_UNICODE, FLIP_BYTE }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 1),
                Arbitraries.of(Mutation.Kind.class),
                Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12)
                        .injectNull(0.0).edgeCases(edges -> edges.add("[]")).map(text -> text))
                .as(Mutation::new);
    }

    @Property(tries = 150)
    void validateAnswersExitZeroOrThreeWithLocatedLines(@ForAll("mutations") Mutation mutation) throws IOException {
        Path file = write(mutation, ".yaml");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).as(run.err()).isIn(0, 3);
        assertNoStackTrace(run);
        if (run.exitCode() == 3) {
            assertThat(run.err().lines()).isNotEmpty().allSatisfy(line ->
                    assertThat(line).startsWith(file + ":").matches("(?s)\\Q" + file + "\\E:\\d+:\\d+: .+"));
        }
    }

    @Property(tries = 60)
    void scoreNeverFailsInternallyAndRepeatsItself(@ForAll("mutations") Mutation mutation) throws IOException {
        Path file = write(mutation, ".yaml");

        CliRun first = CliRun.of("score", "--format", "json", "--rules", "rules", file.toString());
        CliRun second = CliRun.of("score", "--format", "json", "--rules", "rules", file.toString());

        assertThat(first.exitCode()).as(first.err()).isIn(0, 3);
        assertNoStackTrace(first);
        assertThat(second).isEqualTo(first);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("\tat ", "Exception in thread", "internal error");
    }

    private static Path write(Mutation mutation, String suffix) throws IOException {
        byte[] damaged = damage(ORIGINALS.get(mutation.original()), mutation);
        Path file = directory.resolve("m" + Integer.toHexString(Arrays.hashCode(damaged)) + suffix);
        Files.write(file, damaged);
        return file;
    }

    static byte[] damage(byte[] original, Mutation mutation) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = mutation.at() % lines.size();
        switch (mutation.kind()) {
            case DELETE_LINE -> lines.remove(line);
            case DUPLICATE_LINE -> lines.add(line, lines.get(line));
            case WRONG_KIND -> lines.set(line, lines.get(line).replaceFirst(":\\s.*$", ": " + wrongKind(mutation.at())));
            case INSERT_UNICODE -> {
                String target = lines.get(line);
                int column = target.isEmpty() ? 0 : mutation.at() % target.length();
                lines.set(line, target.substring(0, column) + mutation.text() + target.substring(column));
            }
            case TRUNCATE -> {
                return Arrays.copyOf(original, mutation.at() % original.length);
            }
            case FLIP_BYTE -> {
                byte[] flipped = original.clone();
                flipped[mutation.at() % flipped.length] ^= (byte) (1 + mutation.at() % 255);
                return flipped;
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String wrongKind(int seed) {
        String[] kinds = {"[1, 2]", "{a: b}", "true", "-7", "~", "\"\"", "1e400", "2025-13-45", "99999999999999999999T"};
        return kinds[seed % kinds.length];
    }

}
