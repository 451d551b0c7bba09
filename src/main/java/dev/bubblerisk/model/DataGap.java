package dev.bubblerisk.model;

import java.util.Comparator;

/**
 * A fact a rule needed but the input does not give: the deal is not scored as if the risk were absent,
 * the gap is shown instead.
 *
 * @param rule    the rule that could not decide
 * @param company the company whose data is missing
 * @param missing the missing field, e.g. {@code net_income}
 */
public record DataGap(String rule, String company, String missing) {

    /** By rule, company, then the field missing; it compares every field, so only equal gaps rank equal. */
    public static final Comparator<DataGap> ORDER = (a, b) -> {
        int byRule = a.rule().compareTo(b.rule());
        if (byRule != 0) {
            return byRule;
        }
        int byCompany = a.company().compareTo(b.company());
        return byCompany != 0 ? byCompany : a.missing().compareTo(b.missing());
    };
}
