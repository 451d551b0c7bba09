package dev.bubblerisk.ruleapi;

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
 */
public record Commitment(String buyer, BigDecimal total, List<Flow> flows) implements EvidenceSource {

    public Commitment {
        flows = List.copyOf(flows);
    }

    /** How many times {@code base} the total is, or {@code null} when {@code base} is zero (an infinite multiple). */
    public BigDecimal multipleOf(BigDecimal base) {
        return base.signum() == 0 ? null : total.divide(base, MathContext.DECIMAL64);
    }

    /** The number of distinct deals the commitment spans. */
    public long deals() {
        return flows.stream().map(Flow::dealId).distinct().count();
    }

    @Override
    public List<? extends Traceable> evidence() {
        return flows;
    }
}
