package dev.bubblerisk.score;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Finding;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Turns a deal's findings into its score: {@code score = clamp(sum of points, 0, 100)}, reasons
 * ranked by points like the reason codes of a credit scorecard, deals ranked by score.
 */
public final class ScoreCard {

    public static final int MAX_SCORE = 100;

    /** Reasons: most points first; equal points by rule id, then explanation, so the order never depends on firing order. */
    static final Comparator<Finding> REASON_ORDER = Comparator
            .comparingInt((Finding finding) -> -finding.points())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::explanation);

    /** Deals: by score, then raw points (both highest first), then id. */
    public static final Comparator<DealScore> DEAL_ORDER =
            dealOrder(DealScore::score, DealScore::rawPoints, scored -> scored.deal().id());

    private static final Comparator<DataGap> GAP_ORDER = Comparator
            .comparing(DataGap::rule)
            .thenComparing(DataGap::company)
            .thenComparing(DataGap::missing);

    private ScoreCard() {
    }

    /** {@link #DEAL_ORDER} for anything that knows a deal's score, raw points and id. */
    public static <T> Comparator<T> dealOrder(ToIntFunction<T> score, ToIntFunction<T> rawPoints, Function<T, String> id) {
        return Comparator.comparingInt((T scored) -> -score.applyAsInt(scored))
                .thenComparingInt(scored -> -rawPoints.applyAsInt(scored))
                .thenComparing(id);
    }

    public static DealScore score(Deal deal, List<Finding> findings, List<DataGap> gaps) {
        int raw = findings.stream().mapToInt(Finding::points).sum();
        int score = Math.max(0, Math.min(MAX_SCORE, raw));
        return new DealScore(deal, score, raw, Band.of(score),
                findings.stream().sorted(REASON_ORDER).toList(),
                gaps.stream().distinct().sorted(GAP_ORDER).toList());
    }

    /** Ranks scored deals for a report. */
    public static List<DealScore> rank(List<DealScore> scores) {
        return scores.stream().sorted(DEAL_ORDER).toList();
    }
}
