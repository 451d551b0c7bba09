package dev.bubblerisk.load;

import dev.bubblerisk.model.PartialDate;
import dev.bubblerisk.yaml.BadValue;
import dev.bubblerisk.yaml.Node;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value syntaxes of deal format v1: amounts ({@code $22.4B}), percentages ({@code 23.7%} or
 * {@code 0.237}) and partial dates ({@code 2025}, {@code 2025-09}, {@code 2025-09-22}). Each parser
 * returns the value or throws {@link BadValue} with the sentence to show the user. Company ids,
 * amounts and dates, read several times for every deal, are scanned by hand rather than matched
 * with a regular expression (see {@link AmountText} and {@link DateText}).
 */
final class Values {

    private static final Pattern PERCENT = Pattern.compile("([-+]?)\\s*([0-9]{1,20}(?:\\.[0-9]{1,12})?)\\s*%");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,20}(?:\\.[0-9]{1,12})?\\s*[KMBT]", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]{1,20}(?:\\.[0-9]{1,12})?");
    /** $10^16 is a thousand times world GDP: larger numbers are typos or attacks, and would cost memory to print. */
    private static final int MAX_INTEGER_DIGITS = 16;
    private static final int MAX_DECIMALS = 14;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Values() {
    }

    /** A company id: lower-case letters, digits and hyphens, starting with a letter or digit. */
    static String companyId(Node.ScalarNode scalar) throws BadValue {
        if (scalar.isText() && isCompanyId(scalar.text())) {
            return scalar.text();
        }
        throw new BadValue("must be an id of lower-case letters, digits and hyphens, got " + quoted(scalar));
    }

    /** A USD amount; {@code signed} allows a leading minus (losses, cash burn). */
    static BigDecimal amount(Node.ScalarNode scalar, boolean signed) throws BadValue {
        BigDecimal value;
        if (scalar.kind() == Node.ScalarNode.Kind.NUMBER) {
            value = scalar.number();
        } else if (scalar.kind() == Node.ScalarNode.Kind.STRING) {
            value = AmountText.value(scalar.text().strip());
            if (value == null) {
                throw new BadValue("must be an amount like 350M, $22.4B or 1.2T, got " + quoted(scalar));
            }
        } else {
            throw new BadValue("must be an amount like 350M, $22.4B or 1.2T, got " + scalar.shape());
        }
        if (!signed && value.signum() < 0) {
            throw new BadValue("must not be negative, got " + quoted(scalar));
        }
        return normalise(value);
    }

    /** A percentage as a fraction: {@code 23.7%} and {@code 0.237} both give 0.237. */
    static BigDecimal percentage(Node.ScalarNode scalar) throws BadValue {
        if (scalar.kind() == Node.ScalarNode.Kind.NUMBER) {
            return normalise(scalar.number());
        }
        if (scalar.kind() == Node.ScalarNode.Kind.STRING) {
            Matcher m = PERCENT.matcher(scalar.text().strip());
            if (m.matches()) {
                BigDecimal value = new BigDecimal(m.group(2)).divide(HUNDRED);
                return normalise(m.group(1).equals("-") ? value.negate() : value);
            }
        }
        throw new BadValue("must be a percentage like 23.7% or a fraction like 0.237, got " + quoted(scalar));
    }

    /** A share of a whole: a percentage from 0% to 100%. */
    static BigDecimal share(Node.ScalarNode scalar) throws BadValue {
        BigDecimal fraction = percentage(scalar);
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            String hint = scalar.kind() == Node.ScalarNode.Kind.NUMBER && fraction.compareTo(BigDecimal.ONE) > 0
                    && fraction.compareTo(HUNDRED) <= 0
                    ? " (a bare number is a fraction: write " + scalar.text() + "% for a percentage)" : "";
            throw new BadValue("must be between 0% and 100%, got " + quoted(scalar) + hint);
        }
        return fraction;
    }

    /** A date known to the year, month or day. */
    static PartialDate partialDate(Node.ScalarNode scalar) throws BadValue {
        if (scalar.kind() != Node.ScalarNode.Kind.STRING && scalar.kind() != Node.ScalarNode.Kind.NUMBER) {
            throw new BadValue("must be a date like 2025-09-22, 2025-09 or 2025, got " + scalar.shape());
        }
        DateText written = DateText.of(scalar.text().strip());
        if (written == null) {
            throw new BadValue("must be a date like 2025-09-22, 2025-09 or 2025, got " + quoted(scalar));
        }
        int year = written.year();
        int month = written.month();
        int day = written.day();
        if (month != DateText.NONE && (month < 1 || month > 12)) {
            throw new BadValue("is not a real date: month " + month + " in " + quoted(scalar));
        }
        if (day != DateText.NONE) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new BadValue("is not a real date: " + quoted(scalar));
            }
        }
        return new PartialDate(year, month == DateText.NONE ? 0 : month, day == DateText.NONE ? 0 : day);
    }

    /** A full calendar date, yyyy-mm-dd. */
    static LocalDate date(Node.ScalarNode scalar) throws BadValue {
        PartialDate date = partialDate(scalar);
        if (date.day() == 0) {
            throw new BadValue("must be a full date like 2025-10-31, got " + quoted(scalar));
        }
        return date.earliest();
    }

    /** A year such as a founding year; {@code "2015"} in quotes is read as 2015. */
    static int year(Node.ScalarNode scalar) throws BadValue {
        BigDecimal number = number(scalar);
        if (number == null || number.scale() > 0
                || number.compareTo(BigDecimal.valueOf(1000)) < 0 || number.compareTo(BigDecimal.valueOf(9999)) > 0) {
            throw new BadValue("must be a year like 2015, got " + quoted(scalar));
        }
        return number.intValueExact();
    }

    /** A number greater than zero, e.g. a term in years. */
    static BigDecimal positiveNumber(Node.ScalarNode scalar) throws BadValue {
        BigDecimal number = number(scalar);
        if (number == null || number.signum() <= 0) {
            throw new BadValue("must be a number greater than 0, got " + quoted(scalar));
        }
        return normalise(number);
    }

    /** A count of zero or more, written as a number or with a suffix: {@code 160000000} or {@code 160M}. */
    static BigDecimal count(Node.ScalarNode scalar) throws BadValue {
        if (scalar.kind() == Node.ScalarNode.Kind.STRING && COUNT.matcher(scalar.text().strip()).matches()) {
            return amount(scalar, false);
        }
        BigDecimal number = number(scalar);
        if (number == null || number.signum() < 0) {
            throw new BadValue("must be a count like 160000000 or 160M, got " + quoted(scalar));
        }
        return normalise(number);
    }

    /** The scalar as a plain number, quoted or not, or {@code null} when it is not one. */
    private static BigDecimal number(Node.ScalarNode scalar) {
        if (scalar.kind() == Node.ScalarNode.Kind.NUMBER) {
            return scalar.number();
        }
        if (scalar.kind() == Node.ScalarNode.Kind.STRING && PLAIN_NUMBER.matcher(scalar.text().strip()).matches()) {
            return new BigDecimal(scalar.text().strip());
        }
        return null;
    }

    /** Lower-case ASCII letters, digits and hyphens, the first not a hyphen. */
    private static boolean isCompanyId(String text) {
        if (text.isEmpty() || text.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Drops trailing zeros so that 350M and 350000000 are the same number, written the same way. */
    private static BigDecimal normalise(BigDecimal value) throws BadValue {
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_DECIMALS) {
            throw new BadValue("is out of range");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String quoted(Node.ScalarNode scalar) {
        return switch (scalar.kind()) {
            case STRING, NUMBER, TRUE, FALSE -> "'" + clip(scalar.text()) + "'";
            default -> scalar.shape();
        };
    }

    private static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
