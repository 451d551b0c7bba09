package dev.bubblerisk.ruleapi;

import java.util.List;

/** A derived fact that belongs to several deals: a company's, in each of the deals it takes part in. */
public interface InDeals {

    /** The deals' ids, in input order. */
    List<String> dealIds();
}
