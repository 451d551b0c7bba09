package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Deal;

/** A derived fact that belongs to one deal. */
public interface InDeal {

    Deal deal();

    /** The deal's id, for joins such as {@code Flow( dealId == $party.dealId )}. */
    default String dealId() {
        return deal().id();
    }
}
