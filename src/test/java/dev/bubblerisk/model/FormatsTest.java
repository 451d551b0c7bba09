package dev.bubblerisk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How amounts and percentages read in explanations and reports: {@code $22.4B}, {@code 23.7%}. */
class FormatsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "100000000000     | $100B",
            "22400000000      | $22.4B",
            "350000000        | $350M",
            "1200000000000    | $1.2T",
            "-5000000000      | -$5B",
            "750000           | $750K",
            "999              | $999",
            "0                | $0",
            "1000             | $1K",
            "1000000000       | $1B",
            "4500000000000    | $4.5T",
            "2500000000       | $2.5B",
            "-2500000000      | -$2.5B",
            "22456000000      | $22.46B",
            "12.5             | $12.5",
            "1E+11            | $100B",
    })
    void writesUsdWithTheLargestFittingSuffix(String amount, String expected) {
        // when
        String written = Formats.usd(new BigDecimal(amount));

        // then
        assertThat(written).isEqualTo(expected);
    }

    @CsvSource(delimiter = '|', value = {
            "999999999        | $1B",
            "999999           | $1M",
            "999.999          | $1K",
    })
    void movesToTheNextSuffixWhenRoundingReachesIt(String amount, String expected) {
        // when
        String written = Formats.usd(new BigDecimal(amount));

        // then
        assertThat(written).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0.237     | 23.7%",
            "0.07      | 7%",
            "1         | 100%",
            "0         | 0%",
            "-0.045    | -4.5%",
            "0.62      | 62%",
            "0.123456  | 12.35%",
            "2.5       | 250%",
    })
    void writesFractionAsPercentage(String fraction, String expected) {
        // when
        String written = Formats.percent(new BigDecimal(fraction));

        // then
        assertThat(written).isEqualTo(expected);
    }
}
