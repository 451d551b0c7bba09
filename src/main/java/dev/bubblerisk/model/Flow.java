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

    public boolean hasAmount() {
        return amount != null;
    }
}
