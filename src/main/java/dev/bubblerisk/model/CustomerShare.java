package dev.bubblerisk.model;

import java.math.BigDecimal;

/**
 * One of a supplier's top customers and its share of the supplier's revenue.
 *
 * @param supplier the company whose revenue this is
 * @param customer the customer's company id
 * @param share    a fraction: 0.62 for 62%
 */
public record CustomerShare(String supplier, String customer, BigDecimal share, SourceLocation location)
        implements Traceable {

    @Override
    public String kind() {
        return "customer";
    }

    @Override
    public String ref() {
        return supplier + "/top_customers/" + customer;
    }
}
