package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Flow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Objects;

/** Sums and ratios of flow amounts, where an undisclosed amount is left out rather than counted as zero. */
final class Amounts {

    private Amounts() {
    }

    /** The sum of the disclosed amounts, or {@code null} when none is disclosed. */
    static BigDecimal sum(Collection<Flow> flows) {
        return flows.stream().map(Flow::amount).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    /** {@code amount / years}, to 12 significant digits. */
    static BigDecimal perYear(BigDecimal amount, BigDecimal years) {
        return amount.divide(years, MathContext.DECIMAL64);
    }
}
