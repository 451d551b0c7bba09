package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Traceable;
import java.math.BigDecimal;
import java.util.List;

/**
 * In one deal, a buyer that purchases or leases from a supplier: the purchase and lease flows
 * from {@code buyer} to {@code supplier}, taken together.
 *
 * @param flows the deal's purchase and lease flows from buyer to supplier, in input order
 */
public record Supply(String deal, String buyer, String supplier, List<Flow> flows) implements EvidenceSource {

    public Supply {
        flows = List.copyOf(flows);
    }

    /** The sum of the flows' amounts, or {@code null} when none of them gives one. */
    public BigDecimal amount() {
        return flows.stream().map(Flow::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
    }

    @Override
    public List<? extends Traceable> evidence() {
        return flows;
    }
}
