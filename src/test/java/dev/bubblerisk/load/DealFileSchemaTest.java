package dev.bubblerisk.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the shipped JSON Schema for deal files against the real fixtures and against small
 * inline deal files that each break one rule of the format (PRODUCT.md section 3).
 */
class DealFileSchemaTest {

    private static final Path SCHEMA_FILE = Path.of("schema", "deal-file-v1.schema.json");
    private static final String SCHEMA_RESOURCE = "/schema/deal-file-v1.schema.json";
    private static final Path FIXTURES = Path.of("fixtures");
    private static final Path INVALID_FIXTURES = FIXTURES.resolve("invalid");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** The smallest file the format accepts: as_of, one company pair, one deal with one flow. */
    private static final String MINIMAL = """
            as_of: 2025-10-31
            companies:
              - id: openai
                name: OpenAI
              - id: nvidia
                name: NVIDIA
            deals:
              - id: nvidia-openai-2025-09
                flows:
                  - id: systems
                    type: purchase
                    from: openai
                    to: nvidia
                    amount: 350B
            """;

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA_FILE)) {
            schema = FACTORY.getSchema(in);
        }
    }

    @Test
    void shipsTheRepoSchemaOnTheClasspathUnchanged() throws IOException {
        // given
        byte[] repoBytes = Files.readAllBytes(SCHEMA_FILE);

        // when
        byte[] classpathBytes;
        try (InputStream in = DealFileSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("classpath resource %s", SCHEMA_RESOURCE).isNotNull();
            classpathBytes = in.readAllBytes();
        }

        // then
        assertThat(classpathBytes).as("%s vs %s", SCHEMA_RESOURCE, SCHEMA_FILE).isEqualTo(repoBytes);
    }

    @Test
    void schemaIsAValidDraft202012Schema() throws IOException {
        // given
        JsonSchema metaSchema =
                FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schemaNode = YAML.readTree(SCHEMA_FILE.toFile());

        // when
        Set<ValidationMessage> messages = metaSchema.validate(schemaNode);

        // then
        assertThat(messages).as(describe(messages)).isEmpty();
        assertThat(schemaNode.path("$id").asText())
                .isEqualTo("https://bubblerisk.dev/schema/deal-file-v1.schema.json");
    }

    static Stream<Path> validFixtures() throws IOException {
        assertThat(FIXTURES).as("fixtures directory %s", FIXTURES.toAbsolutePath()).isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(path -> !path.startsWith(INVALID_FIXTURES))
                    .filter(DealFileSchemaTest::isDealFileName)
                    .sorted()
                    .toList();
        }
        assertThat(files)
                .as("expected at least one *.yaml, *.yml or *.json deal file under %s (outside %s)",
                        FIXTURES, INVALID_FIXTURES)
                .isNotEmpty();
        return files.stream();
    }

    private static boolean isDealFileName(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void acceptsEveryValidFixture(Path fixture) throws IOException {
        // given
        JsonNode document = YAML.readTree(fixture.toFile());

        // when
        Set<ValidationMessage> messages = schema.validate(document);

        // then
        assertThat(messages).as("%s:%n%s", fixture, describe(messages)).isEmpty();
    }

    @Test
    void acceptsMinimalFile() {
        // given
        String yaml = MINIMAL;

        // when
        Set<ValidationMessage> messages = validate(yaml);

        // then
        assertThat(messages).as(describe(messages)).isEmpty();
    }

    @Test
    void rejectsUnknownFlowField() {
        // given
        String yaml = replace(MINIMAL, "amount: 350B", "ammount: 350B");

        // when
        Set<ValidationMessage> messages = validate(yaml);

        // then
        assertThat(messages)
                .as(describe(messages))
                .anySatisfy(message -> {
                    assertThat(message.getInstanceLocation()).hasToString("$.deals[0].flows[0]");
                    assertThat(message.getMessage()).contains("ammount");
                });
    }

    @Test
    void rejectsAmountWithUnknownSuffix() {
        // given
        String yaml = replace(MINIMAL, "amount: 350B", "amount: 12X");

        // when
        Set<ValidationMessage> messages = validate(yaml);

        // then
        assertThat(messages).as(describe(messages)).isNotEmpty().allSatisfy(message ->
                assertThat(message.getInstanceLocation()).hasToString("$.deals[0].flows[0].amount"));
    }

    @Test
    void acceptsAmountsWrittenInEverySupportedForm() {
        // given
        List<String> amounts = List.of("100B", "$22.4B", "350m", "1.2T", "750K", "5B USD", "$5BUSD",
                "'1000000'", "1000000", "0.5");

        // when
        List<String> rejected = amounts.stream()
                .filter(amount -> !validate(replace(MINIMAL, "amount: 350B", "amount: " + amount))
                        .isEmpty())
                .toList();

        // then
        assertThat(rejected).as("amounts the schema rejected").isEmpty();
    }

    @Test
    void rejectsNegativeRevenue() {
        // given
        String asString = withFinancials("revenue: -5B");
        String asNumber = withFinancials("revenue: -5000000000");

        // when
        Set<ValidationMessage> stringMessages = validate(asString);
        Set<ValidationMessage> numberMessages = validate(asNumber);

        // then
        assertThat(stringMessages).as(describe(stringMessages)).isNotEmpty().allSatisfy(message ->
                assertThat(message.getInstanceLocation())
                        .hasToString("$.companies[0].financials.revenue"));
        assertThat(numberMessages).as(describe(numberMessages)).isNotEmpty();
    }

    @Test
    void acceptsNegativeNetIncomeOperatingIncomeAndCashFlow() {
        // given
        String yaml = withFinancials(
                "net_income: -5B", "operating_income: -$7.8B", "operating_cash_flow: -2500000000");

        // when
        Set<ValidationMessage> messages = validate(yaml);

        // then
        assertThat(messages).as(describe(messages)).isEmpty();
    }

    @Test
    void rejectsUnknownFlowType() {
        // given
        String yaml = replace(MINIMAL, "type: purchase", "type: gift");

        // when
        Set<ValidationMessage> messages = validate(yaml);

        // then
        assertThat(messages).as(describe(messages)).isNotEmpty().allSatisfy(message ->
                assertThat(message.getInstanceLocation()).hasToString("$.deals[0].flows[0].type"));
    }

    @Test
    void rejectsFileWithoutAsOf() {
        // given
        String yaml = replace(MINIMAL, "as_of: 2025-10-31\n", "");

        // when
        Set<ValidationMessage> messages = validate(yaml);

        // then
        assertThat(messages)
                .as(describe(messages))
                .singleElement()
                .satisfies(message -> {
                    assertThat(message.getType()).isEqualTo("required");
                    assertThat(message.getMessage()).contains("as_of");
                });
    }

    @Test
    void rejectsCoversOnPurchaseFlow() {
        // given
        String yaml = replace(MINIMAL, "amount: 350B", "amount: 350B\n        covers: debt");

        // when
        Set<ValidationMessage> messages = validate(yaml);

        // then
        assertThat(messages).as(describe(messages)).isNotEmpty().allSatisfy(message ->
                assertThat(message.getInstanceLocation()).hasToString("$.deals[0].flows[0].covers"));
    }

    @Test
    void acceptsCoversOnGuaranteeFlow() {
        // given
        String yaml = replace(MINIMAL, "type: purchase", "type: guarantee")
                .replace("amount: 350B", "amount: 350B\n        covers: residual-value");

        // when
        Set<ValidationMessage> messages = validate(yaml);

        // then
        assertThat(messages).as(describe(messages)).isEmpty();
    }

    @Test
    void acceptsPartialDatesAndSignedReactions() {
        // given
        String yaml = MINIMAL + """
                    announced: 2025-09
                    reactions:
                      - company: nvidia
                        change: +4%
                      - company: openai
                        change: -0.03
                holdings:
                  - holder: nvidia
                    company: openai
                    stake: 0.5%
                    since: 2023
                """;

        // when
        Set<ValidationMessage> messages = validate(yaml);

        // then
        assertThat(messages).as(describe(messages)).isEmpty();
    }

    @Test
    void rejectsStakeAbove100Percent() {
        // given
        String yaml = MINIMAL + """
                holdings:
                  - holder: nvidia
                    company: openai
                    stake: 101%
                """;

        // when
        Set<ValidationMessage> messages = validate(yaml);

        // then
        assertThat(messages).as(describe(messages)).isNotEmpty().allSatisfy(message ->
                assertThat(message.getInstanceLocation()).hasToString("$.holdings[0].stake"));
    }

    /** Gives the first company a financials block with the given {@code key: value} lines. */
    private static String withFinancials(String... fields) {
        String block = Stream.of(fields).map(field -> "      " + field + "\n").collect(Collectors.joining());
        return replace(MINIMAL, "    name: OpenAI\n", "    name: OpenAI\n    financials:\n" + block);
    }

    /** Replaces text that must be present, so a typo in a test cannot leave the file unchanged. */
    private static String replace(String yaml, String target, String replacement) {
        assertThat(yaml).as("test setup").contains(target);
        return yaml.replace(target, replacement);
    }

    private static Set<ValidationMessage> validate(String yaml) {
        try {
            return schema.validate(YAML.readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Set<ValidationMessage> messages) {
        return messages.stream()
                .map(message -> message.getInstanceLocation() + ": " + message.getMessage())
                .sorted()
                .collect(Collectors.joining(System.lineSeparator(), "validation messages:" + System.lineSeparator(), ""));
    }
}
