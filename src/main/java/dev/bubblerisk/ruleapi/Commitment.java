package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Traceable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Everything one buyer has committed to purchase or lease across all deals of the input: the
 * purchase and lease flows it pays with a disclosed amount.
 *
 * @param total the sum of {@code flows}' amounts
 * @param deals the deals {@code flows} belong to, in input order
 */
public record Commitment(String buyer, BigDecimal total, List<Flow> flows, List<Deal> deals) implements EvidenceSource {

    public Commitment {
        flows = List.copyOf(flows);
        deals = List.copyOf(deals);
    }

    /** How many times {@code base} the total is, or {@code null} when {@code base} is zero (an infinite multiple). */
    public BigDecimal multipleOf(BigDecimal base) {
        return base.signum() == 0 ? null : total.divide(base, MathContext.DECIMAL64);
    }

    /**
     * Cited, a commitment stands for its deals, one line each: a buyer with many deals would
     * otherwise repeat every flow of every deal in the finding of each.
     */
    @Override
    public List<? extends Traceable> evidence() {
        return deals;
    }
}
