package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bubblerisk.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every format of {@code score} and {@code graph}, end to end on the article's deals. */
class ReportFormatsTest {

    private static final String FIXTURE = "fixtures/ai-compute-2025.yaml";

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theSameInputsAndRulesGiveByteIdenticalReports(ReportFormat format) {
        CliRun first = CliRun.of("score", "--format", format.key(), FIXTURE);
        CliRun second = CliRun.of("score", "--format", format.key(), FIXTURE);

        assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isNotBlank();
        assertThat(second.out()).isEqualTo(first.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dot", "svg"})
    void theSameInputsGiveAByteIdenticalGraph(String format) {
        CliRun first = CliRun.of("graph", "--format", format, FIXTURE);
        CliRun second = CliRun.of("graph", "--format", format, FIXTURE);

        assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(first.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "csv", "html"})
    void everyHumanFormatCarriesTheSameAuditStampAsTheJson(String format) throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.of("score", "--format", "json", FIXTURE).out());
        String report = CliRun.of("score", "--format", format, FIXTURE).out();

        assertThat(report).contains(sha256(Path.of(FIXTURE)), json.get("ruleset").get("sha256").asText(),
                json.get("ruleset").get("rules").asInt() + " rules", "Drools 10.2.0",
                "bubblerisk " + json.get("engine").get("version").asText());
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
