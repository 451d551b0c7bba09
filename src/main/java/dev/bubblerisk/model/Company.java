package dev.bubblerisk.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * A company named by flows, holdings or customer lists.
 *
 * @param listed       {@code null} when the deal file does not say
 * @param founded      the founding year, or {@code null}
 * @param financials   never {@code null}: {@link Financials#NONE} when absent
 * @param marketCap    USD (last valuation for a private company), or {@code null}
 * @param topCustomers revenue concentration; empty when not given
 */
public record Company(
        String id,
        String name,
        Boolean listed,
        Integer founded,
        Financials financials,
        BigDecimal marketCap,
        List<CustomerShare> topCustomers,
        SourceLocation location) implements Traceable {

    public Company {
        topCustomers = List.copyOf(topCustomers);
    }

    @Override
    public String kind() {
        return "company";
    }

    @Override
    public String ref() {
        return id;
    }

    /** The financial figure for {@code field}, or {@code null} when it was not reported. */
    public FinancialFigure figure(String field) {
        return financials.figure(field);
    }

    /** The first of {@code fields} this company reported, or {@code null} when it reported none. */
    public FinancialFigure firstFigure(String... fields) {
        for (String field : fields) {
            FinancialFigure figure = financials.figure(field);
            if (figure != null) {
                return figure;
            }
        }
        return null;
    }

    /**
     * Whether the company gives at least one of {@code fields}: a financial field, or one of
     * {@code founded}, {@code market_cap}, {@code top_customers}.
     */
    public boolean hasAny(Collection<String> fields) {
        for (String field : fields) {
            if (has(field)) {
                return true;
            }
        }
        return false;
    }

    public boolean has(String field) {
        return switch (field) {
            case "founded" -> founded != null;
            case "market_cap" -> marketCap != null;
            case "top_customers" -> !topCustomers.isEmpty();
            case "listed" -> listed != null;
            default -> financials.has(field);
        };
    }
}
