package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code graph} end to end through the command line. */
class GraphCommandTest {

    private static final String SMALL = "src/test/resources/reports/small-portfolio.yaml";
    private static final String FIXTURE = "fixtures/ai-compute-2025.yaml";

    @TempDir
    Path dir;

    @Test
    void dotStartsWithTheStampAndHighlightsTheLoopWithoutRunningRules() {
        CliRun run = CliRun.of("graph", "--format", "dot", SMALL);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().limit(3)).containsExactly("// bubblerisk money-flow graph",
                "// engine: bubblerisk " + BuildInfo.version() + ", Drools 10.2.0",
                "// input: " + SMALL + ", sha256 da015d1a18c1646e31ee98f65e6cab521eef61a36ec4d9a8dbe63d908fefe433");
        assertThat(run.out()).doesNotContain("ruleset")
                .contains("\"chipco\" -> \"labco\" [label=\"investment $2B\", color=\"#d32f2f\"")
                .contains("\"labco\" -> \"chipco\" [label=\"purchase $10B\", color=\"#1565c0\"");
    }

    @Test
    void svgIsTheDefaultAndDrawsTheArticlesLoop() {
        CliRun run = CliRun.of("graph", FIXTURE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n  bubblerisk money-flow graph\n")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .containsPattern("<g class=\"node on-loop\" data-company=\"nvidia\"")
                .containsPattern("<g class=\"node on-loop\" data-company=\"openai\"")
                .containsPattern("<g class=\"node on-loop\" data-company=\"coreweave\"")
                .endsWith("</svg>\n");
    }

    @Test
    void outputIsWrittenWholeToTheNamedFile() throws IOException {
        Path graph = dir.resolve("graph.dot");

        CliRun run = CliRun.of("graph", "--format", "dot", "--output", graph.toString(), SMALL);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(graph)).isEqualTo(CliRun.of("graph", "--format", "dot", SMALL).out());
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(graph);
        }
    }

    @Test
    void refusesToWriteTheGraphOverAnInput() throws IOException {
        Path input = dir.resolve("deals.yaml");
        Files.copy(Path.of(SMALL), input);

        CliRun run = CliRun.of("graph", "--output", input.toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly(
                "bubblerisk: --output " + input + ": refusing to write over the input file " + input);
        assertThat(Files.readString(input)).isEqualTo(Files.readString(Path.of(SMALL)));
    }

    @Test
    void anInvalidInputIsExitThreeWithNoGraph() {
        Path graph = dir.resolve("graph.svg");

        CliRun run = CliRun.of("graph", "--output", graph.toString(), "fixtures/invalid/negative-amount.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(graph).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("graph", "--format", "png", SMALL);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines().get(0)).startsWith("bubblerisk: ").contains("png");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void aPortfolioTooLargeToLayOutIsRefusedAsSvgButWrittenAsDot() throws IOException {
        Path large = TooLargeToDraw.write(dir);

        CliRun svg = CliRun.of("graph", "--format", "svg", large.toString());
        CliRun dot = CliRun.of("graph", "--format", "dot", large.toString());

        assertThat(svg.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(svg.errLines()).containsExactly("bubblerisk: --format svg: " + TooLargeToDraw.COMPANIES
                + " companies are more than an SVG layout draws (500); use --format dot and Graphviz");
        assertThat(dot.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(dot.out().lines().filter(line -> line.contains(" [label=\"Company "))).hasSize(TooLargeToDraw.COMPANIES);
    }

    @Test
    void theHtmlReportOfAPortfolioTooLargeToDrawSaysSoInsteadOfTheGraph() throws IOException {
        Path large = TooLargeToDraw.write(dir);

        CliRun run = CliRun.of("score", "--format", "html", large.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).doesNotContain("<svg ")
                .contains("The graph is drawn for up to 500 companies; this portfolio has " + TooLargeToDraw.COMPANIES + ".");
    }

    @Test
    void helpListsTheGraphCommand() {
        assertThat(CliRun.of("--help").out()).contains("graph");
        assertThat(CliRun.of("graph", "--help").out()).contains("--format", "dot", "svg", "--output");
    }
}
