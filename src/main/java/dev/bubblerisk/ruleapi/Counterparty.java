package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Company;
import java.util.List;

/**
 * One company in one role across the deals scored together: its {@link Party} in each. A rule
 * about the company alone (its losses, its leverage, what it has committed) matches this once and
 * reports on all of {@link #dealIds()}, rather than once per deal. All the deals of a buyer are
 * scored together, so a buyer's counterparty fact holds every deal it buys in.
 *
 * @param profile the company itself, or {@code null} when the input does not define it
 * @param parties the company's party in each deal, in input order
 */
public record Counterparty(Role role, String company, Company profile, List<Party> parties) implements InDeals {

    public Counterparty {
        parties = List.copyOf(parties);
    }

    /** The ids of the deals, in input order: where a finding about the company is reported. */
    @Override
    public List<String> dealIds() {
        String[] ids = new String[parties.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = parties.get(i).dealId();
        }
        return List.of(ids);
    }

    /** Cheap for the rule engine's indexes; equal counterparties have the same role and company and parties. */
    @Override
    public int hashCode() {
        return role.hashCode() * 31 + company.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Counterparty that && role == that.role && company.equals(that.company)
                && parties.equals(that.parties);
    }
}
