package dev.bubblerisk.model;

import java.math.BigDecimal;

/**
 * One movement of value inside a deal, from {@code from} to {@code to}.
 *
 * @param dealId   the deal this flow belongs to
 * @param id       unique within the deal
 * @param amount   USD, or {@code null} when the deal does not disclose it
 * @param quantity free text such as {@code 10 GW}, or {@code null}
 * @param tiedTo   id of the purchase or lease flow this one vests with, or {@code null}
 * @param shares   warrant shares, or {@code null}
 * @param strike   warrant strike price in USD, or {@code null}
 * @param covers   what a guarantee covers: {@code debt}, {@code capacity}, {@code residual-value}, or {@code null}
 */
public record Flow(
        String dealId,
        String id,
        FlowType type,
        String from,
        String to,
        BigDecimal amount,
        String quantity,
        String tiedTo,
        BigDecimal shares,
        BigDecimal strike,
        String covers,
        SourceLocation location) implements Traceable {

    @Override
    public String kind() {
        return "flow";
    }

    @Override
    public String ref() {
        return dealId + "/" + id;
    }

    /** By deal and id alone: cheap for the rule engine's indexes, and equal flows have equal ids. */
    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(dealId) + id.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Flow flow && java.util.Objects.equals(dealId, flow.dealId) && id.equals(flow.id)
                && type == flow.type && from.equals(flow.from) && to.equals(flow.to)
                && java.util.Objects.equals(amount, flow.amount) && java.util.Objects.equals(quantity, flow.quantity)
                && java.util.Objects.equals(tiedTo, flow.tiedTo) && java.util.Objects.equals(shares, flow.shares)
                && java.util.Objects.equals(strike, flow.strike) && java.util.Objects.equals(covers, flow.covers)
                && location.equals(flow.location);
    }

    public boolean hasAmount() {
        return amount != null;
    }
}
