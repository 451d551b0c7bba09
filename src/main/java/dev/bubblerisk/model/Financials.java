package dev.bubblerisk.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A company's latest fiscal-year figures. Every field is optional; an absent field is a data
 * gap, never a zero.
 *
 * @param period  the fiscal period, e.g. {@code FY2025E}, or {@code null}
 * @param figures the reported fields by their deal-file name ({@code net_income}, …)
 */
public record Financials(String period, Map<String, FinancialFigure> figures) {

    /** The numeric fields a deal file may give, in the order the format lists them. */
    public static final List<String> FIELDS = List.of(
            "revenue", "net_income", "operating_cash_flow", "cash", "interest_expense", "operating_income");

    /** The fields that may be negative (losses and cash burn). */
    public static final List<String> SIGNED_FIELDS = List.of("net_income", "operating_income", "operating_cash_flow");

    public static final Financials NONE = new Financials(null, Map.of());

    public Financials {
        figures = Map.copyOf(figures);
    }

    /** The figure for {@code field}, or {@code null} when the company did not report it. */
    public FinancialFigure figure(String field) {
        return figures.get(field);
    }

    public boolean has(String field) {
        return figures.containsKey(field);
    }

    public BigDecimal revenue() {
        return value("revenue");
    }

    public BigDecimal netIncome() {
        return value("net_income");
    }

    public BigDecimal operatingCashFlow() {
        return value("operating_cash_flow");
    }

    public BigDecimal cash() {
        return value("cash");
    }

    public BigDecimal interestExpense() {
        return value("interest_expense");
    }

    public BigDecimal operatingIncome() {
        return value("operating_income");
    }

    private BigDecimal value(String field) {
        FinancialFigure figure = figures.get(field);
        return figure == null ? null : figure.value();
    }
}
