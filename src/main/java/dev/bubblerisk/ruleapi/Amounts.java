package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Flow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;

/** Sums and ratios of flow amounts, where an undisclosed amount is left out rather than counted as zero. */
final class Amounts {

    private Amounts() {
    }

    /** The sum of the disclosed amounts, or {@code null} when none is disclosed. */
    static BigDecimal sum(Collection<Flow> flows) {
        BigDecimal sum = null;
        for (Flow flow : flows) { // a loop, not a stream: rules ask this of a buyer's every party
            if (flow.amount() != null) {
                sum = sum == null ? flow.amount() : sum.add(flow.amount());
            }
        }
        return sum;
    }

    /** {@code amount / years}, to 12 significant digits. */
    static BigDecimal perYear(BigDecimal amount, BigDecimal years) {
        return amount.divide(years, MathContext.DECIMAL64);
    }
}
