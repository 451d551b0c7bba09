package dev.bubblerisk.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How amounts and percentages are written in explanations and reports: {@code $22.4B}, {@code 23.7%}. */
public final class Formats {

    private static final String[] SUFFIXES = {"T", "B", "M", "K"};
    private static final int[] POWERS = {12, 9, 6, 3};

    private Formats() {
    }

    /** A USD amount with the largest fitting suffix and at most two decimals: {@code $350M}, {@code -$5B}. */
    public static String usd(BigDecimal amount) {
        BigDecimal magnitude = amount.abs();
        String sign = amount.signum() < 0 ? "-" : "";
        for (int i = 0; i < SUFFIXES.length; i++) {
            BigDecimal unit = BigDecimal.TEN.pow(POWERS[i]);
            if (magnitude.compareTo(unit) >= 0) {
                return sign + "$" + plain(magnitude.divide(unit).setScale(2, RoundingMode.HALF_EVEN)) + SUFFIXES[i];
            }
        }
        return sign + "$" + plain(magnitude.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** A fraction as a percentage with at most two decimals: 0.237 → {@code 23.7%}. */
    public static String percent(BigDecimal fraction) {
        return plain(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN)) + "%";
    }

    /** A number without trailing zeros or exponent: {@code 22.40} → {@code 22.4}. */
    public static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
