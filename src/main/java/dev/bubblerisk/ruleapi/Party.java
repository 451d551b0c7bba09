package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Traceable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A company's side of a deal's supply: one fact per deal, role and company, with the purchase and
 * lease flows in which it is that role.
 *
 * @param company the company's id
 * @param profile the company itself (its founding year, financials, customers), so a rule can test it
 *                without joining on the id
 * @param flows   the deal's purchase and lease flows the company pays ({@code BUYER}) or is paid ({@code SUPPLIER})
 */
public record Party(Deal deal, Role role, String company, Company profile, List<Flow> flows) implements InDeal, EvidenceSource {

    public Party {
        flows = List.copyOf(flows);
    }

    /** Cheap for the rule engine's indexes; equal parties have the same deal, role and company. */
    @Override
    public int hashCode() {
        return (deal.id().hashCode() * 31 + role.hashCode()) * 31 + company.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Party party && role == party.role && company.equals(party.company)
                && deal.equals(party.deal) && flows.equals(party.flows);
    }

    /** The disclosed total of the flows, or {@code null} when none is disclosed. */
    public BigDecimal amount() {
        return Amounts.sum(flows);
    }

    /** The total per year of the deal's term ({@code term_years}, one year when not given), or {@code null}. */
    public BigDecimal amountPerYear() {
        BigDecimal amount = amount();
        if (amount == null) {
            return null;
        }
        return deal.termYears() == null ? amount : Amounts.perYear(amount, deal.termYears());
    }

    @Override
    public List<? extends Traceable> evidence() {
        return flows;
    }
}
