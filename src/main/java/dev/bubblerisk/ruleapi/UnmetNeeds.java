package dev.bubblerisk.ruleapi;

import java.util.List;

/**
 * The declared needs of the rules that a company does not meet in the role it plays: for each,
 * the company gives none of the alternatives the rule's {@code @needs} group lists. The same in
 * all of its deals, so one fact per {@link Counterparty} with anything missing.
 */
public record UnmetNeeds(Counterparty counterparty, List<Need> needs) implements InDeals {

    public UnmetNeeds {
        needs = List.copyOf(needs);
    }

    public String company() {
        return counterparty.company();
    }

    /** The deals in which the company lacks what the needs ask for. */
    @Override
    public List<String> dealIds() {
        return counterparty.dealIds();
    }
}
