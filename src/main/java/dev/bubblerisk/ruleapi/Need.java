package dev.bubblerisk.ruleapi;

import java.util.List;

/**
 * A rule's declared need for a field of the buyer's or supplier's data, from its
 * {@code @needs} metadata. A party that gives none of {@code anyOf} is a data gap of that rule.
 *
 * @param anyOf alternatives: the need is met when any of them is present; the first is the one reported missing
 */
public record Need(String rule, Role role, List<String> anyOf) {

    public Need {
        anyOf = List.copyOf(anyOf);
    }

    public String reported() {
        return anyOf.get(0);
    }
}
