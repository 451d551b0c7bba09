package dev.bubblerisk.ruleapi;

import java.util.List;

/**
 * One buyer and one supplier, with every deal in which the buyer purchases or leases from that
 * supplier: the relationship, across deals, that a rule about repeated business looks at. One
 * fact per pair, so such a rule joins each supply to one fact instead of collecting the pair's
 * supplies again for each of them.
 *
 * @param supplies the pair's supplies, one per deal, in input order
 * @param days     the days their deals were announced, worked out once for all of them
 */
public record SupplyPair(String buyer, String supplier, List<Supply> supplies, DealDays days) {

    public SupplyPair {
        supplies = List.copyOf(supplies);
    }

    public SupplyPair(String buyer, String supplier, List<Supply> supplies) {
        this(buyer, supplier, supplies, DealDays.of(supplies));
    }

    /** Cheap for the rule engine's indexes; equal pairs have the same buyer and supplier. */
    @Override
    public int hashCode() {
        return buyer.hashCode() * 31 + supplier.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SupplyPair pair && buyer.equals(pair.buyer) && supplier.equals(pair.supplier)
                && supplies.equals(pair.supplies);
    }
}
