package dev.bubblerisk.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.PartialDate;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.model.SourceLocation;
import dev.bubblerisk.yaml.BadValue;
import dev.bubblerisk.yaml.Diagnostic;
import dev.bubblerisk.yaml.Node.ScalarNode.Kind;
import dev.bubblerisk.yaml.Node.ScalarNode;
import dev.bubblerisk.yaml.Node;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The value syntaxes of deal format v1 (PRODUCT.md section 3): amounts, percentages, shares,
 * partial and full dates, years. Expected values are worked out by hand from the spec.
 */
class ValuesTest {

    private static final SourceLocation AT = new SourceLocation("deals.yaml", 7, 3);

    private static ScalarNode text(String text) {
        return new ScalarNode(Kind.STRING, text, null, AT);
    }

    private static ScalarNode number(String text) {
        return new ScalarNode(Kind.NUMBER, text, new BigDecimal(text), AT);
    }

    private static ScalarNode bool(String text) {
        return new ScalarNode(text.equals("false") ? Kind.FALSE : Kind.TRUE, text, null, AT);
    }

    @Nested
    class Amounts {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
                "100B        | 100000000000",
                "$22.4B      | 22400000000",
                "350M        | 350000000",
                "1.2T        | 1200000000000",
                "750K        | 750000",
                "350m        | 350000000",
                "1.2t        | 1200000000000",
                "$22.4b      | 22400000000",
                "750k        | 750000",
                "13B USD     | 13000000000",
                "13B usd     | 13000000000",
                "$5B USD     | 5000000000",
                "1000        | 1000",
                "0.5B        | 500000000",
                "+5B         | 5000000000",
        })
        void readsAmountWrittenAsText(String written, String expected) throws Exception {
            // given
            ScalarNode scalar = text(written);

            // when
            BigDecimal amount = Values.amount(scalar, false);

            // then
            assertThat(amount).isEqualByComparingTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"350000000000", "22400000000", "0.5", "0"})
        void readsPlainNumberAsUsd(String written) throws Exception {
            // given
            ScalarNode scalar = number(written);

            // when
            BigDecimal amount = Values.amount(scalar, false);

            // then
            assertThat(amount).isEqualByComparingTo(written);
        }

        @Test
        void writesTheSameAmountTheSameWayWhateverTheSyntax() throws Exception {
            // given
            ScalarNode withSuffix = text("350M");
            ScalarNode plain = number("350000000");

            // when
            BigDecimal fromSuffix = Values.amount(withSuffix, false);
            BigDecimal fromNumber = Values.amount(plain, false);

            // then
            assertThat(fromSuffix).isEqualTo(fromNumber);
            assertThat(fromSuffix.toPlainString()).isEqualTo("350000000");
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
                "-5B     | -5000000000",
                "-$2.5B  | -2500000000",
                "-7.8b   | -7800000000",
        })
        void acceptsLeadingMinusWhereTheFieldIsSigned(String written, String expected) throws Exception {
            // given
            ScalarNode scalar = text(written);

            // when
            BigDecimal amount = Values.amount(scalar, true);

            // then
            assertThat(amount).isEqualByComparingTo(expected);
        }

        @Test
        void acceptsNegativeNumberWhereTheFieldIsSigned() throws Exception {
            // given
            ScalarNode scalar = number("-5000000000");

            // when
            BigDecimal amount = Values.amount(scalar, true);

            // then
            assertThat(amount).isEqualByComparingTo("-5000000000");
        }

        @Test
        void rejectsNegativeTextAmountWhereTheFieldIsUnsigned() {
            // given
            ScalarNode scalar = text("-10B");

            // when / then
            assertThatThrownBy(() -> Values.amount(scalar, false))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must not be negative, got '-10B'");
        }

        @Test
        void rejectsNegativeNumberWhereTheFieldIsUnsigned() {
            // given
            ScalarNode scalar = number("-5");

            // when / then
            assertThatThrownBy(() -> Values.amount(scalar, false))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must not be negative, got '-5'");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"12X", "lots", "5 billion", "1,000", "B", "5BB", "USD 5B", "5%", "$", "5B EUR", "1e9", "--5B"})
        void rejectsTextThatIsNotAnAmount(String written) {
            // given
            ScalarNode scalar = text(written);

            // when / then
            assertThatThrownBy(() -> Values.amount(scalar, true))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be an amount like 350M, $22.4B or 1.2T, got '" + written + "'");
        }

        @Test
        void rejectsBooleanAsAmount() {
            // given
            ScalarNode scalar = bool("true");

            // when / then
            assertThatThrownBy(() -> Values.amount(scalar, false))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be an amount like 350M, $22.4B or 1.2T, got true/false");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"1e30", "-1e30", "100000000000000000000", "1e-30"})
        void refusesNumbersOutOfRange(String written) {
            // given
            ScalarNode scalar = number(written);

            // when / then
            assertThatThrownBy(() -> Values.amount(scalar, true))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("is out of range");
        }

        @Test
        void refusesSuffixedAmountBeyondSixteenIntegerDigits() {
            // given: 100000T is 10^17, seventeen digits before the point
            ScalarNode scalar = text("100000T");

            // when / then
            assertThatThrownBy(() -> Values.amount(scalar, false))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("is out of range");
        }

        @Test
        void acceptsSuffixedAmountOfSixteenIntegerDigits() throws Exception {
            // given: 9999T is 9,999 * 10^12, sixteen digits
            ScalarNode scalar = text("9999T");

            // when
            BigDecimal amount = Values.amount(scalar, false);

            // then
            assertThat(amount).isEqualByComparingTo("9999000000000000");
        }
    }

    @Nested
    class Percentages {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
                "23.7%   | 0.237",
                "+23.7%  | 0.237",
                "7%      | 0.07",
                "100%    | 1",
                "0%      | 0",
                "-4.5%   | -0.045",
                "-23%    | -0.23",
                "150%    | 1.5",
        })
        void readsPercentageAsFraction(String written, String expected) throws Exception {
            // given
            ScalarNode scalar = text(written);

            // when
            BigDecimal fraction = Values.percentage(scalar);

            // then
            assertThat(fraction).isEqualByComparingTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0.237", "-0.05", "1"})
        void readsBareNumberAsFraction(String written) throws Exception {
            // given
            ScalarNode scalar = number(written);

            // when
            BigDecimal fraction = Values.percentage(scalar);

            // then
            assertThat(fraction).isEqualByComparingTo(written);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"23.7 percent", "up a lot", "%", "23.7%%", "23,7%"})
        void rejectsTextThatIsNotAPercentage(String written) {
            // given
            ScalarNode scalar = text(written);

            // when / then
            assertThatThrownBy(() -> Values.percentage(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be a percentage like 23.7% or a fraction like 0.237, got '" + written + "'");
        }
    }

    @Nested
    class Shares {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
                "62%   | 0.62",
                "0%    | 0",
                "100%  | 1",
                "7%    | 0.07",
        })
        void readsShareWithinZeroToHundredPercent(String written, String expected) throws Exception {
            // given
            ScalarNode scalar = text(written);

            // when
            BigDecimal share = Values.share(scalar);

            // then
            assertThat(share).isEqualByComparingTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0", "0.62", "1"})
        void readsBareFractionWithinZeroToOne(String written) throws Exception {
            // given
            ScalarNode scalar = number(written);

            // when
            BigDecimal share = Values.share(scalar);

            // then
            assertThat(share).isEqualByComparingTo(written);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"101%", "150%", "-5%", "-0.1%"})
        void rejectsPercentageOutsideZeroToHundred(String written) {
            // given
            ScalarNode scalar = text(written);

            // when / then
            assertThatThrownBy(() -> Values.share(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be between 0% and 100%, got '" + written + "'");
        }

        @Test
        void hintsThatABareSevenIsAFraction() {
            // given
            ScalarNode scalar = number("7");

            // when / then
            assertThatThrownBy(() -> Values.share(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be between 0% and 100%, got '7' (a bare number is a fraction: write 7% for a percentage)");
        }

        @Test
        void givesNoPercentHintWhenThePercentageWouldAlsoBeOver100() {
            // given: 250% is no better than 250
            ScalarNode scalar = number("250");

            // when / then
            assertThatThrownBy(() -> Values.share(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be between 0% and 100%, got '250'");
        }

        @Test
        void givesNoPercentHintForANegativeBareNumber() {
            // given: -0.1% would be refused too, so suggesting it would mislead
            ScalarNode scalar = number("-0.1");

            // when / then
            assertThatThrownBy(() -> Values.share(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be between 0% and 100%, got '-0.1'");
        }
    }

    @Nested
    class PartialDates {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "2025-09-22 | 2025 | 9  | 22",
                "2025-09    | 2025 | 9  | 0",
                "2024-02-29 | 2024 | 2  | 29",
                "2025-12-31 | 2025 | 12 | 31",
                "2025-9-1   | 2025 | 9  | 1",
        })
        void readsDateWrittenAsText(String written, int year, int month, int day) throws Exception {
            // given
            ScalarNode scalar = text(written);

            // when
            PartialDate date = Values.partialDate(scalar);

            // then
            assertThat(date).isEqualTo(new PartialDate(year, month, day));
        }

        @Test
        void readsBareYear() throws Exception {
            // given
            ScalarNode scalar = number("2025");

            // when
            PartialDate date = Values.partialDate(scalar);

            // then
            assertThat(date).isEqualTo(new PartialDate(2025, 0, 0));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2025-02-30", "2023-02-29", "2025-09-31", "2025-04-31", "2025-09-00", "2025-01-32"})
        void rejectsImpossibleDay(String written) {
            // given
            ScalarNode scalar = text(written);

            // when / then
            assertThatThrownBy(() -> Values.partialDate(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("is not a real date: '" + written + "'");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "2025-13    | 13",
                "2025-13-01 | 13",
                "2025-00    | 0",
        })
        void rejectsImpossibleMonth(String written, int month) {
            // given
            ScalarNode scalar = text(written);

            // when / then
            assertThatThrownBy(() -> Values.partialDate(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("is not a real date: month " + month + " in '" + written + "'");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Sept 2025", "22/09/2025", "25", "2025-09-22T10:00", "2025/09", "soon"})
        void rejectsTextThatIsNotADate(String written) {
            // given
            ScalarNode scalar = text(written);

            // when / then
            assertThatThrownBy(() -> Values.partialDate(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be a date like 2025-09-22, 2025-09 or 2025, got '" + written + "'");
        }

        @Test
        void rejectsBooleanAsDate() {
            // given
            ScalarNode scalar = bool("false");

            // when / then
            assertThatThrownBy(() -> Values.partialDate(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be a date like 2025-09-22, 2025-09 or 2025, got true/false");
        }
    }

    @Nested
    class FullDates {

        @Test
        void readsFullDate() throws Exception {
            // given
            ScalarNode scalar = text("2025-10-31");

            // when
            LocalDate date = Values.date(scalar);

            // then
            assertThat(date).isEqualTo(LocalDate.of(2025, 10, 31));
        }

        @Test
        void rejectsDateWithoutDay() {
            // given
            ScalarNode scalar = text("2025-10");

            // when / then
            assertThatThrownBy(() -> Values.date(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be a full date like 2025-10-31, got '2025-10'");
        }

        @Test
        void rejectsBareYear() {
            // given
            ScalarNode scalar = number("2025");

            // when / then
            assertThatThrownBy(() -> Values.date(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be a full date like 2025-10-31, got '2025'");
        }

        @Test
        void rejectsImpossibleFullDate() {
            // given
            ScalarNode scalar = text("2025-02-30");

            // when / then
            assertThatThrownBy(() -> Values.date(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("is not a real date: '2025-02-30'");
        }
    }

    @Nested
    class Years {

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {2015, 1000, 9999, 1886})
        void readsFourDigitYear(int written) throws Exception {
            // given
            ScalarNode scalar = number(Integer.toString(written));

            // when
            int year = Values.year(scalar);

            // then
            assertThat(year).isEqualTo(written);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"999", "10000", "2015.5", "-2015", "0"})
        void rejectsNumberThatIsNotAYear(String written) {
            // given
            ScalarNode scalar = number(written);

            // when / then
            assertThatThrownBy(() -> Values.year(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be a year like 2015, got '" + written + "'");
        }

        @Test
        void readsQuotedYear() throws Exception {
            // given
            ScalarNode scalar = text("2015");

            // when
            int year = Values.year(scalar);

            // then
            assertThat(year).isEqualTo(2015);
        }

        @Test
        void rejectsTextAsYear() {
            // given
            ScalarNode scalar = text("early nineties");

            // when / then
            assertThatThrownBy(() -> Values.year(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be a year like 2015, got 'early nineties'");
        }
    }

    @Nested
    class OtherNumbers {

        @Test
        void readsPositiveTerm() throws Exception {
            // given
            ScalarNode scalar = number("5");

            // when
            BigDecimal term = Values.positiveNumber(scalar);

            // then
            assertThat(term).isEqualByComparingTo("5");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0", "-1"})
        void rejectsTermOfZeroOrLess(String written) {
            // given
            ScalarNode scalar = number(written);

            // when / then
            assertThatThrownBy(() -> Values.positiveNumber(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be a number greater than 0, got '" + written + "'");
        }

        @Test
        void refusesTermOutOfRange() {
            // given
            ScalarNode scalar = number("1e30");

            // when / then
            assertThatThrownBy(() -> Values.positiveNumber(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("is out of range");
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
                "160M       | 160000000",
                "160m       | 160000000",
                "1.5K       | 1500",
        })
        void readsShareCountWithSuffix(String written, String expected) throws Exception {
            // given
            ScalarNode scalar = text(written);

            // when
            BigDecimal shares = Values.count(scalar);

            // then
            assertThat(shares).isEqualByComparingTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"160000000", "0"})
        void readsShareCountWrittenAsNumber(String written) throws Exception {
            // given
            ScalarNode scalar = number(written);

            // when
            BigDecimal shares = Values.count(scalar);

            // then
            assertThat(shares).isEqualByComparingTo(written);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"-1", "-160M", "$160M", "many"})
        void rejectsNegativeOrNonNumericShareCount(String written) {
            // given
            ScalarNode scalar = written.equals("-1") ? number(written) : text(written);

            // when / then
            assertThatThrownBy(() -> Values.count(scalar))
                    .isInstanceOf(BadValue.class)
                    .hasMessage("must be a count like 160000000 or 160M, got '" + written + "'");
        }
    }

    /** Values as they come out of the YAML parser, which types {@code 0.237} as a number and {@code 13B} as text. */
    @Nested
    class ThroughTheYamlParser {

        @TempDir
        Path dir;

        /** Line 14 holds the flow's amount. */
        private String flowWithAmount(String amount) {
            return """
                    as_of: 2025-10-31
                    companies:
                      - id: a
                        name: A
                      - id: b
                        name: B
                    deals:
                      - id: d
                        flows:
                          - id: f
                            type: purchase
                            from: a
                            to: b
                            amount: %s
                    """.formatted(amount);
        }

        private Path write(String yaml) throws IOException {
            Path file = dir.resolve("deals.yaml");
            Files.writeString(file, yaml);
            return file;
        }

        private Flow onlyFlow(Portfolio portfolio) {
            return portfolio.flows().findFirst().orElseThrow();
        }

        private List<Diagnostic> diagnosticsOf(Path file) {
            InvalidInputException failure = catchThrowableOfType(InvalidInputException.class,
                    () -> new DealFileLoader().load(List.of(file)));
            assertThat(failure).as("loading %s must fail", file).isNotNull();
            return failure.diagnostics();
        }

        @ParameterizedTest(name = "amount: {0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "13B            | 13000000000",
                "$22.4B         | 22400000000",
                "1.2T           | 1200000000000",
                "750k           | 750000",
                "350000000000   | 350000000000",
                "22400000000.0  | 22400000000",
                "'350M'         | 350000000",
                "'5B USD'       | 5000000000",
                "1.2e+12        | 1200000000000",
        })
        void readsAmountAsWrittenInYaml(String written, String expected) throws Exception {
            // given
            Path file = write(flowWithAmount(written));

            // when
            Portfolio portfolio = new DealFileLoader().load(List.of(file));

            // then
            assertThat(onlyFlow(portfolio).amount()).isEqualByComparingTo(expected);
        }

        @ParameterizedTest(name = "amount: {0}")
        @ValueSource(strings = {"1e30", "1.0e+30", "100000000000000000000"})
        void refusesHugeYamlNumberAsOutOfRange(String written) throws Exception {
            // given
            Path file = write(flowWithAmount(written));

            // when
            List<Diagnostic> diagnostics = diagnosticsOf(file);

            // then
            assertThat(diagnostics).extracting(Diagnostic::toString)
                    .containsExactly(file + ":14:17: 'amount' is out of range");
        }

        @Test
        void refusesNegativeFlowAmount() throws Exception {
            // given
            Path file = write(flowWithAmount("-10B"));

            // when
            List<Diagnostic> diagnostics = diagnosticsOf(file);

            // then
            assertThat(diagnostics).extracting(Diagnostic::toString)
                    .containsExactly(file + ":14:17: 'amount' must not be negative, got '-10B'");
        }

        @ParameterizedTest(name = "amount: {0}")
        @ValueSource(strings = {".inf", "-.inf", ".nan"})
        void refusesInfinityAndNotANumberWithALocatedDiagnostic(String written) throws Exception {
            // given: YAML types these as floats that no BigDecimal can hold
            Path file = write(flowWithAmount(written));

            // when
            List<Diagnostic> diagnostics = diagnosticsOf(file);

            // then: a clean error on the amount's line, never an internal error
            assertThat(diagnostics.stream().map(d -> d.location().line()).toList()).containsExactly(14);
        }

        @Test
        void readsSignedFinancialsAndRefusesNegativeRevenue() throws Exception {
            // given
            Path file = write("""
                    as_of: 2025-10-31
                    companies:
                      - id: openai
                        name: OpenAI
                        financials:
                          net_income: -5B
                          operating_income: -7.8B
                          operating_cash_flow: -2500000000
                          revenue: -13B
                          cash: -1B
                    """);

            // when
            List<Diagnostic> diagnostics = diagnosticsOf(file);

            // then: only the two unsigned fields are refused
            assertThat(diagnostics).extracting(Diagnostic::toString).containsExactly(
                    file + ":9:16: 'revenue' must not be negative, got '-13B'",
                    file + ":10:13: 'cash' must not be negative, got '-1B'");
        }

        @Test
        void readsLossesAsNegativeAmounts() throws Exception {
            // given
            Path file = write("""
                    as_of: 2025-10-31
                    companies:
                      - id: openai
                        name: OpenAI
                        financials:
                          net_income: -5B
                          operating_income: -7.8B
                          operating_cash_flow: -2500000000
                    """);

            // when
            Portfolio portfolio = new DealFileLoader().load(List.of(file));

            // then
            var financials = portfolio.companies().get(0).financials();
            assertThat(financials.netIncome()).isEqualByComparingTo("-5000000000");
            assertThat(financials.operatingIncome()).isEqualByComparingTo("-7800000000");
            assertThat(financials.operatingCashFlow()).isEqualByComparingTo("-2500000000");
        }

        /** Line 10 holds the reaction's change. */
        private String reactionWithChange(String change) {
            return """
                    as_of: 2025-10-31
                    companies:
                      - id: amd
                        name: AMD
                      - id: openai
                        name: OpenAI
                    deals:
                      - id: d
                        reactions:
                          - {company: amd, change: %s}
                        flows:
                          - {id: f, type: purchase, from: openai, to: amd}
                    """.formatted(change);
        }

        @ParameterizedTest(name = "change: {0}")
        @CsvSource(delimiter = '|', value = {
                "+23.7%  | 0.237",
                "23.7%   | 0.237",
                "0.237   | 0.237",
                "-4.5%   | -0.045",
                "-0.045  | -0.045",
        })
        void readsShareReactionAsFraction(String written, String expected) throws Exception {
            // given
            Path file = write(reactionWithChange(written));

            // when
            Portfolio portfolio = new DealFileLoader().load(List.of(file));

            // then
            assertThat(portfolio.deals().get(0).reactions().get(0).change()).isEqualByComparingTo(expected);
        }

        /** Line 10 holds the holding's stake. */
        private String holdingWithStake(String stake) {
            return """
                    as_of: 2025-10-31
                    companies:
                      - id: nvidia
                        name: NVIDIA
                      - id: coreweave
                        name: CoreWeave
                    holdings:
                      - holder: nvidia
                        company: coreweave
                        stake: %s
                        since: 2023-04
                    """.formatted(stake);
        }

        @ParameterizedTest(name = "stake: {0}")
        @CsvSource(delimiter = '|', value = {
                "7%    | 0.07",
                "0.07  | 0.07",
                "100%  | 1",
                "0     | 0",
        })
        void readsStakeAsFraction(String written, String expected) throws Exception {
            // given
            Path file = write(holdingWithStake(written));

            // when
            Portfolio portfolio = new DealFileLoader().load(List.of(file));

            // then
            assertThat(portfolio.holdings().get(0).stake()).isEqualByComparingTo(expected);
        }

        @Test
        void hintsThatABareSevenStakeIsAFraction() throws Exception {
            // given
            Path file = write(holdingWithStake("7"));

            // when
            List<Diagnostic> diagnostics = diagnosticsOf(file);

            // then
            assertThat(diagnostics).extracting(Diagnostic::toString).containsExactly(file
                    + ":10:12: 'stake' must be between 0% and 100%, got '7' (a bare number is a fraction: write 7% for a percentage)");
        }

        @Test
        void refusesStakeOver100Percent() throws Exception {
            // given
            Path file = write(holdingWithStake("120%"));

            // when
            List<Diagnostic> diagnostics = diagnosticsOf(file);

            // then
            assertThat(diagnostics).extracting(Diagnostic::toString)
                    .containsExactly(file + ":10:12: 'stake' must be between 0% and 100%, got '120%'");
        }

        /** Line 8 holds the deal's announcement date. */
        private String dealAnnounced(String announced) {
            return """
                    as_of: 2025-10-31
                    companies:
                      - {id: a, name: A}
                      - {id: b, name: B}
                    deals:
                      - id: d
                        title: A buys from B
                        announced: %s
                        flows:
                          - {id: f, type: purchase, from: a, to: b}
                    """.formatted(announced);
        }

        @ParameterizedTest(name = "announced: {0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "2025-09-22  | 2025 | 9 | 22",
                "2025-09     | 2025 | 9 | 0",
                "2025        | 2025 | 0 | 0",
                "2024-02-29  | 2024 | 2 | 29",
                "'2025'      | 2025 | 0 | 0",
        })
        void readsAnnouncementDateAsWrittenInYaml(String written, int year, int month, int day) throws Exception {
            // given
            Path file = write(dealAnnounced(written));

            // when
            Portfolio portfolio = new DealFileLoader().load(List.of(file));

            // then
            assertThat(portfolio.deals().get(0).announced()).isEqualTo(new PartialDate(year, month, day));
        }

        @ParameterizedTest(name = "announced: {0}")
        @CsvSource(delimiter = '|', value = {
                "2025-02-30  | 'announced' is not a real date: '2025-02-30'",
                "2025-13     | 'announced' is not a real date: month 13 in '2025-13'",
                "2023-02-29  | 'announced' is not a real date: '2023-02-29'",
        })
        void refusesImpossibleAnnouncementDate(String written, String message) throws Exception {
            // given
            Path file = write(dealAnnounced(written));

            // when
            List<Diagnostic> diagnostics = diagnosticsOf(file);

            // then
            assertThat(diagnostics).extracting(Diagnostic::toString).containsExactly(file + ":8:16: " + message);
        }

        @Test
        void readsFullAsOfDate() throws Exception {
            // given
            Path file = write("as_of: 2024-02-29\n");

            // when
            Portfolio portfolio = new DealFileLoader().load(List.of(file));

            // then
            assertThat(portfolio.inputs().get(0).asOf()).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void refusesAsOfWithoutDay() throws Exception {
            // given
            Path file = write("as_of: 2025-10\n");

            // when
            List<Diagnostic> diagnostics = diagnosticsOf(file);

            // then
            assertThat(diagnostics).extracting(Diagnostic::toString)
                    .containsExactly(file + ":1:8: 'as_of' must be a full date like 2025-10-31, got '2025-10'");
        }

        @Test
        void readsFoundingYearAndRefusesText() throws Exception {
            // given
            Path file = write("""
                    as_of: 2025-10-31
                    companies:
                      - {id: a, name: A, founded: 2015}
                      - id: b
                        name: B
                        founded: 15th century
                    """);

            // when
            List<Diagnostic> diagnostics = diagnosticsOf(file);

            // then
            assertThat(diagnostics).extracting(Diagnostic::toString)
                    .containsExactly(file + ":6:14: 'founded' must be a year like 2015, got '15th century'");
        }
    }
}
