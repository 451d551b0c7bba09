package dev.bubblerisk.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/** How amounts and percentages are written in explanations and reports: {@code $22.4B}, {@code 23.7%}. */
public final class Formats {

    private static final String[] SUFFIXES = {"T", "B", "M", "K"};
    private static final int[] POWERS = {12, 9, 6, 3};
    private static final BigDecimal[] UNITS = Arrays.stream(POWERS).mapToObj(BigDecimal.TEN::pow).toArray(BigDecimal[]::new);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Formats() {
    }

    /**
     * A USD amount with the largest suffix it reaches once rounded to two decimals:
     * {@code $350M}, {@code -$5B}, and 999,999,999 as {@code $1B}.
     */
    public static String usd(BigDecimal amount) {
        BigDecimal magnitude = amount.abs();
        String sign = amount.signum() < 0 ? "-" : "";
        int unit = POWERS.length; // no suffix
        for (int i = POWERS.length - 1; i >= 0; i--) {
            if (magnitude.compareTo(UNITS[i]) >= 0) {
                unit = i;
            }
        }
        BigDecimal inUnits = rounded(magnitude, unit);
        if (unit > 0 && inUnits.compareTo(THOUSAND) >= 0) {
            unit--; // 999.999M rounds to 1000M: write it as $1B
            inUnits = rounded(magnitude, unit);
        }
        return sign + "$" + plain(inUnits) + (unit < SUFFIXES.length ? SUFFIXES[unit] : "");
    }

    private static BigDecimal rounded(BigDecimal magnitude, int unit) {
        int power = unit < POWERS.length ? POWERS[unit] : 0;
        return magnitude.movePointLeft(power).setScale(2, RoundingMode.HALF_EVEN);
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
