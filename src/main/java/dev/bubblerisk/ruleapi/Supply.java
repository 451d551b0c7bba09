package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Deal;
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
public record Supply(Deal deal, String buyer, String supplier, List<Flow> flows) implements InDeal, EvidenceSource {

    public Supply {
        flows = List.copyOf(flows);
    }

    /** Cheap for the rule engine's indexes; equal supplies have the same deal, buyer and supplier. */
    @Override
    public int hashCode() {
        return (deal.id().hashCode() * 31 + buyer.hashCode()) * 31 + supplier.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Supply supply && buyer.equals(supply.buyer) && supplier.equals(supply.supplier)
                && deal.equals(supply.deal) && flows.equals(supply.flows);
    }

    /** The sum of the flows' disclosed amounts, or {@code null} when none is disclosed. */
    public BigDecimal amount() {
        return Amounts.sum(flows);
    }

    @Override
    public List<? extends Traceable> evidence() {
        return flows;
    }
}
