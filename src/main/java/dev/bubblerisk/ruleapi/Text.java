package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.FinancialFigure;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Formats;
import dev.bubblerisk.model.Holding;
import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * Sentence parts for explanations, so every rule words flows, stakes and figures the same way:
 * {@code Text.flow($stake)} → "nvidia invests $100B in openai".
 */
public final class Text {

    private Text() {
    }

    public static String usd(BigDecimal amount) {
        return amount == null ? "an undisclosed amount" : Formats.usd(amount);
    }

    public static String percent(BigDecimal fraction) {
        return fraction == null ? "an undisclosed share" : Formats.percent(fraction);
    }

    /** A flow as a sentence with its giver as subject: "amd grants openai warrants for 160000000 shares". */
    public static String flow(Flow flow) {
        return flow.from() + " " + predicate(flow) + " " + flow.to() + ending(flow);
    }

    /** What a buyer does in a supply relation: "buys $350B of systems from nvidia". */
    public static String supply(Supply supply) {
        StringJoiner parts = new StringJoiner(" and ");
        for (Flow flow : supply.flows()) {
            parts.add(supplyPart(flow));
        }
        return parts + " from " + supply.supplier();
    }

    /**
     * Any cited element as a sentence: a flow, a {@link ReturnFlow}, a holding or a financial
     * figure. For rules whose alternatives bind different kinds of fact to one name.
     */
    public static String describe(Object element) {
        if (element instanceof ReturnFlow returned) {
            return describe(returned.source());
        }
        if (element instanceof Flow flow) {
            return flow(flow);
        }
        if (element instanceof Holding holding) {
            return holding(holding);
        }
        if (element instanceof FinancialFigure figure) {
            return figure(figure);
        }
        if (element instanceof DealLoops loops) {
            return loops(loops);
        }
        throw new IllegalArgumentException("cannot describe " + element);
    }

    /** "73.9 times" for a multiple, or "with nothing" for {@code null} (a multiple of zero). */
    public static String times(BigDecimal multiple) {
        return multiple == null ? "against nothing"
                : Formats.plain(multiple.setScale(1, java.math.RoundingMode.HALF_EVEN)) + " times";
    }

    /** "7 deals", "1 deal". */
    public static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** "$13B (FY2025E)": a figure's value and period. */
    public static String value(FinancialFigure figure) {
        return Formats.usd(figure.value()) + (figure.period() == null ? "" : " (" + figure.period() + ")");
    }

    /** "value goes round coreweave → nvidia → openai → coreweave, and 2 other loops". */
    public static String loops(DealLoops loops) {
        int others = loops.loops().size() - 1;
        return "value goes round " + loops.shortest().path() + (others == 0 ? "" : ", and " + count(others, "other loop"));
    }

    /** "nvidia holds 7% of coreweave". */
    public static String holding(Holding holding) {
        return holding.holder() + " holds " + (holding.stake() == null ? "a stake" : Formats.percent(holding.stake()))
                + " of " + holding.company();
    }

    /** "openai's net income is -$5B (FY2025E)". */
    public static String figure(FinancialFigure figure) {
        return figure.company() + "'s " + figure.field().replace('_', ' ') + " is " + value(figure);
    }

    private static String supplyPart(Flow flow) {
        String verb = flow.type() == dev.bubblerisk.model.FlowType.LEASE ? "leases " : "buys ";
        return verb + (flow.amount() == null ? "" : Formats.usd(flow.amount()) + " of ") + flow.id()
                + (flow.quantity() == null ? "" : " (" + flow.quantity() + ")");
    }

    private static String predicate(Flow flow) {
        String amount = flow.amount() == null ? "" : " " + Formats.usd(flow.amount());
        return switch (flow.type()) {
            case PURCHASE -> "buys" + (amount.isEmpty() ? "" : amount + " of") + " " + flow.id() + " from";
            case LEASE -> "leases" + (amount.isEmpty() ? "" : amount + " of") + " " + flow.id() + " from";
            case INVESTMENT -> "invests" + amount + " in";
            case WARRANT -> "grants";
            case LOAN -> "lends" + amount + " to";
            case GUARANTEE -> "guarantees";
        };
    }

    private static String ending(Flow flow) {
        return switch (flow.type()) {
            case WARRANT -> " warrants" + (flow.shares() == null ? "" : " for " + Formats.plain(flow.shares()) + " shares")
                    + (flow.amount() == null ? "" : " worth " + Formats.usd(flow.amount()));
            case GUARANTEE -> "'s " + (flow.covers() == null ? "obligations" : flow.covers().replace('-', ' '))
                    + (flow.amount() == null ? "" : " up to " + Formats.usd(flow.amount()));
            default -> "";
        };
    }
}
