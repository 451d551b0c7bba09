package dev.bubblerisk.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.model.SourceLocation;
import dev.bubblerisk.yaml.BadValue;
import dev.bubblerisk.yaml.Node.ScalarNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written scanners of company ids, amounts and dates accept exactly what the regular
 * expressions of deal format v1 match, and read the same parts: each is checked against the
 * expression itself, on text built from the pieces those syntaxes are made of, right and wrong.
 */
class ValueTextTest {

    private static final Pattern AMOUNT = Pattern.compile(
            "([-+]?)\\s*\\$?\\s*([0-9]{1,20}(?:\\.[0-9]{1,12})?)\\s*([KMBT]?)(?:\\s*USD)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPANY_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?");

    @Property(tries = 2000)
    void takesACompanyIdAsItsExpressionMatchesIt(@ForAll("idLike") String text) {
        ScalarNode scalar = new ScalarNode(ScalarNode.Kind.STRING, text, null, new SourceLocation("deals.yaml", 3, 9));
        String taken;
        try {
            taken = Values.companyId(scalar);
        } catch (BadValue refused) {
            taken = null;
        }

        assertThat(taken).isEqualTo(COMPANY_ID.matcher(text).matches() ? text : null);
    }

    @Property(tries = 3000)
    void scansAnAmountAsItsExpressionMatchesIt(@ForAll("amountLike") String text) {
        assertThat(AmountText.value(text)).isEqualTo(byExpression(text));
    }

    @Property(tries = 3000)
    void scansADateAsItsExpressionMatchesIt(@ForAll("dateLike") String text) {
        assertThat(DateText.of(text)).isEqualTo(dateByExpression(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 USD", "5BUSD", "-$ 5 b usd", "+5", "12345678901234567890.123456789012", "5\u000BK"})
    void readsTheAmountsTheExpressionMatches(String text) {
        BigDecimal expected = byExpression(text);

        assertThat(expected).isNotNull();
        assertThat(AmountText.value(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "$", "-", "5.", ".5", "5 B ", "5 US", "5 USDX", "$-5", "+-5", "5B5",
            "123456789012345678901", "1.1234567890123", "5\u2003B", "5\u212A", "5 U\u017FD", "5KK"})
    void refusesWhatTheExpressionRefuses(String text) {
        assertThat(byExpression(text)).isNull();
        assertThat(AmountText.value(text)).isNull();
    }

    @Test
    void tellsAMonthOrDayWrittenAsZeroFromOneNotWritten() {
        assertThat(DateText.of("2025-0")).isEqualTo(new DateText(2025, 0, DateText.NONE));
        assertThat(DateText.of("2025")).isEqualTo(new DateText(2025, DateText.NONE, DateText.NONE));
        assertThat(DateText.of("2025-123")).isNull();
        assertThat(DateText.of("2025-1-2-3")).isNull();
    }

    @Provide
    Arbitrary<String> idLike() {
        return Arbitraries.strings().withChars("az09-_AZ.\u00e9 ").ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> amountLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("", "-", "+", "$", " ", "\t", ".", "USD", "usd", "uSd", "US", "\u2003", "\u017F", "x"),
                Arbitraries.of("K", "k", "M", "m", "B", "b", "T", "t", "\u212A"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22));
        return piece.list().ofMaxSize(7).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("-", "--", " ", "x", "\u0663"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5));
        return piece.list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    /** The amount as the expression reads it, or {@code null} when it does not match. */
    private static BigDecimal byExpression(String text) {
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int zeros = switch (m.group(3).toUpperCase(Locale.ROOT)) {
            case "K" -> 3;
            case "M" -> 6;
            case "B" -> 9;
            case "T" -> 12;
            default -> 0;
        };
        BigDecimal value = new BigDecimal(m.group(2));
        value = zeros == 0 ? value : value.multiply(BigDecimal.TEN.pow(zeros));
        return m.group(1).equals("-") ? value.negate() : value;
    }

    private static DateText dateByExpression(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return new DateText(Integer.parseInt(m.group(1)), part(m.group(2)), part(m.group(3)));
    }

    private static int part(String digits) {
        return digits == null ? DateText.NONE : Integer.parseInt(digits);
    }
}
