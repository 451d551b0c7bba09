package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score} end to end through the command line, on the article's deals. */
class ScoreCommandTest {

    private static final String FIXTURE = "fixtures/ai-compute-2025.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSameInputsAndRulesGiveByteIdenticalJson() {
        CliRun first = CliRun.of("score", "--format", "json", FIXTURE);
        CliRun second = CliRun.of("score", "--format", "json", FIXTURE);

        assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(first.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void jsonFollowsTheReportContractKeyForKey() throws IOException {
        JsonNode report = JSON.readTree(CliRun.of("score", "--format", "json", FIXTURE).out());

        assertThat(fieldNames(report)).containsExactly("format", "engine", "ruleset", "inputs", "deals", "cycles");
        assertThat(report.get("format").asText()).isEqualTo("bubblerisk-report/v1");
        assertThat(fieldNames(report.get("engine"))).containsExactly("version", "drools");
        assertThat(report.get("engine").get("drools").asText()).isEqualTo("10.2.0");
        assertThat(fieldNames(report.get("ruleset"))).containsExactly("path", "sha256", "rules");
        assertThat(report.get("ruleset").get("rules").asInt()).isEqualTo(countRuleDeclarations(Path.of("rules")));
        assertThat(fieldNames(report.get("inputs").get(0))).containsExactly("path", "sha256");
        assertThat(report.get("inputs").get(0).get("sha256").asText()).isEqualTo(sha256(Path.of(FIXTURE)));
        JsonNode deal = report.get("deals").get(0);
        assertThat(fieldNames(deal)).containsExactly("id", "title", "score", "raw_points", "band", "findings", "data_gaps");
        JsonNode finding = deal.get("findings").get(0);
        assertThat(fieldNames(finding)).containsExactly("rule", "category", "points", "explanation", "evidence");
        assertThat(fieldNames(finding.get("evidence").get(0))).containsExactly("kind", "ref", "file", "line");
    }

    @Test
    void evidenceAndDataGapsAreWrittenOneObjectPerLine() {
        List<String> lines = CliRun.of("score", "--format", "json", FIXTURE).out().lines().toList();

        assertThat(lines).contains("            { \"kind\": \"flow\", \"ref\": \"nvidia-openai-2025-09/stake\", "
                + "\"file\": \"fixtures/ai-compute-2025.yaml\", \"line\": 223 },");
        assertThat(lines).anyMatch(line -> line.matches(
                " {8}\\{ \"rule\": \"[a-z-]+\", \"company\": \"[a-z0-9-]+\", \"missing\": \"[a-z_]+\" },?"));
        assertThat(lines).noneMatch(line -> line.strip().equals("\"kind\": \"flow\","));
    }

    @Test
    void theCoreRulesFireOnTheArticlesDeals() throws IOException {
        JsonNode report = JSON.readTree(CliRun.of("score", "--format", "json", FIXTURE).out());

        assertThat(rules(deal(report, "nvidia-openai-2025-09")))
                .contains("investor-is-supplier", "equity-tied-to-purchase", "buyer-unprofitable");
        assertThat(rules(deal(report, "amd-openai-2025-10")))
                .contains("investor-is-supplier", "equity-tied-to-purchase", "buyer-unprofitable");
        assertThat(explanation(deal(report, "nvidia-openai-2025-09"), "investor-is-supplier"))
                .startsWith("nvidia invests $100B in openai, which buys");
        assertThat(explanation(deal(report, "amd-openai-2025-10"), "buyer-unprofitable"))
                .isEqualTo("openai's net income is -$5B (FY2025E)");
    }

    @Test
    void everyEvidenceItemPointsAtTheInputLineThatWritesIt() throws IOException {
        JsonNode report = JSON.readTree(CliRun.of("score", "--format", "json", FIXTURE).out());
        List<String> lines = Files.readAllLines(Path.of(FIXTURE));
        int checked = 0;

        for (JsonNode deal : report.get("deals")) {
            for (JsonNode finding : deal.get("findings")) {
                for (JsonNode evidence : finding.get("evidence")) {
                    assertThat(evidence.get("file").asText()).isEqualTo(FIXTURE);
                    String line = lines.get(evidence.get("line").asInt() - 1);
                    String ref = evidence.get("ref").asText();
                    String last = ref.substring(ref.lastIndexOf('/') + 1);
                    switch (evidence.get("kind").asText()) {
                        case "flow" -> assertThat(line).as(ref).matches("\\s*- id: " + Pattern.quote(last) + "\\s*(#.*)?");
                        case "financials" -> assertThat(line).as(ref).matches("\\s*" + Pattern.quote(last) + ":.*");
                        case "holding" -> assertThat(line).as(ref).matches("\\s*- holder: " + ref.split("/")[1] + "\\s*(#.*)?");
                        case "company", "deal" -> assertThat(line).as(ref).matches("\\s*- id: " + Pattern.quote(ref) + "\\s*(#.*)?");
                        case "reaction", "customer" -> assertThat(line).as(ref).matches("\\s*- company: " + Pattern.quote(last) + "\\s*(#.*)?");
                        default -> throw new AssertionError("unexpected evidence kind in " + evidence);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void scoresAreTheClampedSumOfFindingPointsAndDealsAreRanked() throws IOException {
        JsonNode deals = JSON.readTree(CliRun.of("score", "--format", "json", FIXTURE).out()).get("deals");
        int previousScore = Integer.MAX_VALUE;

        for (JsonNode deal : deals) {
            int sum = 0;
            for (JsonNode finding : deal.get("findings")) {
                sum += finding.get("points").asInt();
            }
            int score = deal.get("score").asInt();
            assertThat(deal.get("raw_points").asInt()).isEqualTo(sum);
            assertThat(score).isEqualTo(Math.max(0, Math.min(100, sum)));
            assertThat(score).isLessThanOrEqualTo(previousScore);
            previousScore = score;
        }
    }

    @Test
    void failOnExitsFiveWhenADealReachesTheBandAndZeroOtherwise() throws IOException {
        Path benign = dir.resolve("benign.yaml");
        Files.writeString(benign, """
                as_of: 2025-10-31
                companies:
                  - id: meta
                    name: Meta
                    financials:
                      net_income: 62B
                  - id: google
                    name: Google
                deals:
                  - id: cloud
                    flows:
                      - id: compute
                        type: lease
                        from: meta
                        to: google
                        amount: 10B
                """);

        assertThat(CliRun.of("score", "--format", "json", "--fail-on", "HIGH", FIXTURE).exitCode())
                .isEqualTo(ExitCode.GATE_TRIPPED);
        assertThat(CliRun.of("score", "--format", "json", "--fail-on", "guarded", benign.toString()).exitCode())
                .isEqualTo(ExitCode.OK);
        assertThat(CliRun.of("score", "--format", "json", "--fail-on", "LOW", benign.toString()).exitCode())
                .isEqualTo(ExitCode.GATE_TRIPPED);
        CliRun bad = CliRun.of("score", "--fail-on", "SCARY", benign.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.errLines()).containsExactly(
                "bubblerisk: --fail-on: unknown band 'SCARY' (expected LOW, GUARDED, HIGH or SEVERE)");
    }

    @Test
    void outputIsWrittenWholeToTheNamedFile() throws IOException {
        Path report = dir.resolve("report.json");

        CliRun run = CliRun.of("score", "--format", "json", "--output", report.toString(), FIXTURE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).isEqualTo(CliRun.of("score", "--format", "json", FIXTURE).out());
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(report);
        }
    }

    @Test
    void refusesToWriteTheReportOverAnInput() throws IOException {
        Path input = dir.resolve("deals.yaml");
        Files.copy(Path.of(FIXTURE), input);
        byte[] before = Files.readAllBytes(input);

        CliRun run = CliRun.of("score", "--output", input.toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly(
                "bubblerisk: --output " + input + ": refusing to write over the input file " + input);
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void anInvalidInputIsExitThreeWithNoReport() throws IOException {
        Path report = dir.resolve("report.json");

        CliRun run = CliRun.of("score", "--output", report.toString(), "fixtures/invalid/negative-amount.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(report).doesNotExist();
    }

    @Test
    void aRuleThatDoesNotCompileIsExitFourNamingTheFileAndLine() throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("buyer"));
        Files.writeString(rules.resolve("buyer/broken.drl"), """
                package buyer;

                rule "broken"
                    @id("broken") @category("buyer") @points(5)
                when
                    Supply( buyer == )
                then
                end
                """);

        CliRun run = CliRun.of("score", "--rules", rules.toString(), FIXTURE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isNotEmpty().allSatisfy(line ->
                assertThat(line).startsWith(rules.resolve("buyer/broken.drl") + ":6:"));
    }

    /** The rules load while the deals are read; a broken deal file is still what the run reports. */
    @Test
    void anInvalidInputIsReportedBeforeRulesThatDoNotCompile() throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("buyer"));
        Files.writeString(rules.resolve("buyer/broken.drl"), "package buyer;\nrule \"broken\" when Supply( buyer == ) then end\n");

        CliRun run = CliRun.of("score", "--rules", rules.toString(), "fixtures/invalid/negative-amount.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.errLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("fixtures/invalid/negative-amount.yaml:"));
    }

    @Test
    void theTableFitsInOneHundredColumnsAndListsEveryDeal() {
        CliRun run = CliRun.of("score", "--format", "table", FIXTURE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(run.out()).contains("nvidia-openai-2025-09", "SEVERE", "+30 investor-is-supplier");
        assertThat(run.out().lines().filter(line -> line.matches("\\s*\\d+\\s+\\S+\\s+(LOW|GUARDED|HIGH|SEVERE)\\s.*")))
                .hasSize(countDeals(Path.of(FIXTURE)));
    }

    @Test
    void usageErrorsAreExitTwoWithOneLine() {
        CliRun missing = CliRun.of("score", "no-such-file.yaml");
        CliRun unknownOption = CliRun.of("score", "--colour", FIXTURE);

        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.errLines()).containsExactly("bubblerisk: no-such-file.yaml: no such file or directory");
        assertThat(unknownOption.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownOption.errLines().get(0)).contains("--colour");
    }

    @Test
    void validateSummarisesAValidInput() {
        CliRun run = CliRun.of("validate", FIXTURE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("valid: 1 file, ").contains(countDeals(Path.of(FIXTURE)) + " deals");
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(CliRun.of("--version").out()).startsWith("bubblerisk ").contains("Drools 10.2.0");
        assertThat(CliRun.of("--help").out()).contains("score", "validate", "Exit codes");
        assertThat(CliRun.of("score", "--help").exitCode()).isEqualTo(ExitCode.OK);
    }

    private static JsonNode deal(JsonNode report, String id) {
        for (JsonNode deal : report.get("deals")) {
            if (deal.get("id").asText().equals(id)) {
                return deal;
            }
        }
        throw new AssertionError("no deal " + id);
    }

    private static List<String> rules(JsonNode deal) {
        List<String> rules = new ArrayList<>();
        deal.get("findings").forEach(finding -> rules.add(finding.get("rule").asText()));
        return rules;
    }

    private static String explanation(JsonNode deal, String rule) {
        for (JsonNode finding : deal.get("findings")) {
            if (finding.get("rule").asText().equals(rule)) {
                return finding.get("explanation").asText();
            }
        }
        throw new AssertionError(rule + " did not fire on " + deal.get("id"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** Counts {@code rule "…"} declarations by reading the DRL text, independently of Drools. */
    private static int countRuleDeclarations(Path rules) throws IOException {
        Pattern declaration = Pattern.compile("(?m)^\\s*rule\\s+\"");
        try (Stream<Path> files = Files.walk(rules)) {
            int count = 0;
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Matcher m = declaration.matcher(Files.readString(file));
                while (m.find()) {
                    count++;
                }
            }
            return count;
        }
    }

    private static int countDeals(Path file) {
        try {
            String text = Files.readString(file);
            String deals = text.substring(text.indexOf("\ndeals:"));
            return (int) deals.lines().filter(line -> line.matches("  - id: .*")).count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
