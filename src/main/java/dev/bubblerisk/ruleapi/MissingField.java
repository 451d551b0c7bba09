package dev.bubblerisk.ruleapi;

/**
 * A rule's need that a deal's buyer or supplier does not meet: the company gives none of the
 * alternatives the rule's {@code @needs} group lists.
 */
public record MissingField(Party party, Need need) {

    public String dealId() {
        return party.dealId();
    }
}
