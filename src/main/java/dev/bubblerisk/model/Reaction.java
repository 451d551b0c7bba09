package dev.bubblerisk.model;

import java.math.BigDecimal;

/**
 * A company's share-price move on the announcement of a deal.
 *
 * @param change the move as a fraction: {@code 0.237} for +23.7%
 */
public record Reaction(String dealId, String company, BigDecimal change, SourceLocation location)
        implements Traceable {

    @Override
    public String kind() {
        return "reaction";
    }

    @Override
    public String ref() {
        return dealId + "/reactions/" + company;
    }
}
