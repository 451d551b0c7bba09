package dev.bubblerisk.ruleapi;

import java.util.List;

/**
 * What a rule's consequence reports through, as the DRL global {@code findings}. The rule that is
 * firing is known to the engine, so a consequence names only the deal, the sentence and the
 * evidence: {@code findings.add($deal, "…", $flow, $holding)}.
 *
 * <p>Evidence may be any input element ({@code Flow}, {@code Holding}, {@code Company},
 * {@code FinancialFigure}, {@code CustomerShare}, {@code Reaction}) or a derived fact that
 * carries its own evidence ({@link Supply}, {@link ReturnFlow}).
 */
public interface Findings {

    /** A finding worth the firing rule's {@code @points}. */
    void add(String dealId, String explanation, Object... evidence);

    /** A finding worth {@code points}, for rules whose points depend on the data (tiers). */
    void addWithPoints(String dealId, int points, String explanation, Object... evidence);

    /** A data gap: {@code rule} needed {@code field} of {@code company} to decide on the deal. */
    void gap(String dealId, String rule, String company, String field);

    /** The same finding on each of the deals, as {@link #add(String, String, Object...)} on each. */
    void add(List<String> dealIds, String explanation, Object... evidence);

    /** The same finding on each of the deals, as {@link #addWithPoints(String, int, String, Object...)} on each. */
    void addWithPoints(List<String> dealIds, int points, String explanation, Object... evidence);

    /** The same data gap on each of the deals, as {@link #gap(String, String, String, String)} on each. */
    void gap(List<String> dealIds, String rule, String company, String field);
}
