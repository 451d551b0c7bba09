package dev.bubblerisk.model;

/**
 * A fact a rule needed but the input does not give: the deal is not scored as if the risk were absent,
 * the gap is shown instead.
 *
 * @param rule    the rule that could not decide
 * @param company the company whose data is missing
 * @param missing the missing field, e.g. {@code net_income}
 */
public record DataGap(String rule, String company, String missing) {
}
