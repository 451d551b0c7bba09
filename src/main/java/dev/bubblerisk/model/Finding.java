package dev.bubblerisk.model;

import java.util.List;

/**
 * What one rule found in one deal.
 *
 * @param rule        the rule's stable id, e.g. {@code investor-is-supplier}
 * @param points      the points it adds to the deal's score (negative for a mitigant)
 * @param explanation one sentence naming the real companies and amounts
 * @param evidence    the input elements it matched, in input order
 */
public record Finding(String rule, String category, int points, String explanation, List<Evidence> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
