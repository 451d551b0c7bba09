package dev.bubblerisk.model;

import java.math.BigDecimal;

/**
 * An equity stake that exists outside any one deal: value that has gone from holder to company.
 *
 * @param stake the stake as a fraction (0.07 for 7%), or {@code null} when not disclosed
 * @param since when the stake was taken, or {@code null}
 */
public record Holding(String holder, String company, BigDecimal stake, PartialDate since, SourceLocation location)
        implements Traceable {

    @Override
    public String kind() {
        return "holding";
    }

    @Override
    public String ref() {
        return "holdings/" + holder + "/" + company;
    }
}
