package dev.bubblerisk.load;

import java.math.BigDecimal;

/**
 * An amount as written in a deal file: an optional sign, an optional {@code $}, 1–20 digits with
 * up to 12 decimals, an optional suffix ({@code K}, {@code M}, {@code B}, {@code T}) and an
 * optional {@code USD}, letters in either case, with white space between the parts. Scanned by
 * hand: a million deals hold millions of amounts, and matching them, their dates and their
 * companies' ids with regular expressions took a sixth of the reading's time. What it accepts is
 * exactly what {@code ([-+]?)\s*\$?\s*([0-9]{1,20}(?:\.[0-9]{1,12})?)\s*([KMBT]?)(?:\s*USD)?}
 * (ASCII letters in either case) matches whole.
 */
final class AmountText {

    private static final int MAX_DIGITS = 20;
    private static final int MAX_DECIMALS = 12;
    private static final BigDecimal THOUSAND = BigDecimal.TEN.pow(3);
    private static final BigDecimal MILLION = BigDecimal.TEN.pow(6);
    private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);
    private static final BigDecimal TRILLION = BigDecimal.TEN.pow(12);

    private AmountText() {
    }

    /** The amount {@code text} (already stripped) writes, or {@code null} when it is not one. */
    static BigDecimal value(String text) {
        int length = text.length();
        int at = 0;
        boolean negative = false;
        if (at < length && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
            negative = text.charAt(at) == '-';
            at++;
        }
        at = spaces(text, at);
        if (at < length && text.charAt(at) == '$') {
            at = spaces(text, at + 1);
        }
        int numberStart = at;
        at = digits(text, at);
        if (at == numberStart || at - numberStart > MAX_DIGITS) {
            return null;
        }
        if (at < length && text.charAt(at) == '.') {
            int decimalsStart = at + 1;
            at = digits(text, decimalsStart);
            if (at == decimalsStart || at - decimalsStart > MAX_DECIMALS) {
                return null;
            }
        }
        int numberEnd = at;
        at = spaces(text, at);
        BigDecimal multiplier = at < length ? multiplier(text.charAt(at)) : null;
        if (multiplier != null) {
            at++;
        }
        if (at < length) { // only "USD" may follow, after any spaces
            at = spaces(text, at);
            if (length - at != 3 || !isLetter(text.charAt(at), 'u') || !isLetter(text.charAt(at + 1), 's')
                    || !isLetter(text.charAt(at + 2), 'd')) {
                return null;
            }
        }
        BigDecimal value = new BigDecimal(text.substring(numberStart, numberEnd));
        if (multiplier != null) {
            value = value.multiply(multiplier);
        }
        return negative ? value.negate() : value;
    }

    /** The first position from {@code at} that is not a regular expression's {@code \s}. */
    private static int spaces(String text, int at) {
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The first position from {@code at} that is not an ASCII digit. */
    private static int digits(String text, int at) {
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@code c} is the ASCII lower-case {@code letter} in either case. */
    private static boolean isLetter(char c, char letter) {
        return (c | 0x20) == letter;
    }

    private static BigDecimal multiplier(char suffix) {
        return switch (suffix) {
            case 'K', 'k' -> THOUSAND;
            case 'M', 'm' -> MILLION;
            case 'B', 'b' -> BILLION;
            case 'T', 't' -> TRILLION;
            default -> null;
        };
    }
}
