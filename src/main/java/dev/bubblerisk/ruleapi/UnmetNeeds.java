package dev.bubblerisk.ruleapi;

import java.util.List;

/**
 * The declared needs of the rules that a deal's buyer or supplier does not meet: for each, the
 * company gives none of the alternatives the rule's {@code @needs} group lists. One fact per party
 * with anything missing.
 */
public record UnmetNeeds(Party party, List<Need> needs) {

    public UnmetNeeds {
        needs = List.copyOf(needs);
    }

    public String dealId() {
        return party.dealId();
    }
}
