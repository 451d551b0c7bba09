package dev.bubblerisk.model;

import java.math.BigDecimal;

/**
 * One reported financial field of one company, e.g. OpenAI's {@code net_income} for FY2025E.
 *
 * @param field  the field's name as written in deal files, e.g. {@code net_income}
 * @param period the fiscal period the figures describe, or {@code null}
 */
public record FinancialFigure(String company, String field, BigDecimal value, String period, SourceLocation location)
        implements Traceable {

    @Override
    public String kind() {
        return "financials";
    }

    @Override
    public String ref() {
        return company + "/financials/" + field;
    }
}
