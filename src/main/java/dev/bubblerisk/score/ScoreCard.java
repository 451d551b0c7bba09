package dev.bubblerisk.score;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.InOrder;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a deal's findings into its score: {@code score = clamp(sum of points, 0, 100)}, reasons
 * ranked by points like the reason codes of a credit scorecard, deals ranked by score.
 */
public final class ScoreCard {

    public static final int MAX_SCORE = 100;

    /**
     * Reasons: most points first; equal points by rule id, then explanation, so the order never
     * depends on firing order. The orders here are written out rather than chained from
     * {@link Comparator}'s helpers, which call through a lambda per key: scoring and ranking a
     * million deals took 50 of a profile's samples this way, against 127.
     */
    static final Comparator<Finding> REASON_ORDER = (a, b) -> {
        int byPoints = Integer.compare(b.points(), a.points());
        if (byPoints != 0) {
            return byPoints;
        }
        int byRule = a.rule().compareTo(b.rule());
        return byRule != 0 ? byRule : a.explanation().compareTo(b.explanation());
    };

    /** Deals: by score, then raw points (both highest first), then id. */
    public static final Comparator<DealScore> DEAL_ORDER = (a, b) -> {
        int byPoints = comparePoints(a.score(), a.rawPoints(), b.score(), b.rawPoints());
        return byPoints != 0 ? byPoints : a.deal().id().compareTo(b.deal().id());
    };

    private ScoreCard() {
    }

    /**
     * {@link #DEAL_ORDER} before the ids, for anything that knows two deals' scores and raw points
     * and compares their ids in {@link String#compareTo} order itself: 0 when only the ids tell them
     * apart.
     */
    public static int comparePoints(int scoreA, int rawPointsA, int scoreB, int rawPointsB) {
        int byScore = Integer.compare(scoreB, scoreA);
        return byScore != 0 ? byScore : Integer.compare(rawPointsB, rawPointsA);
    }

    public static DealScore score(Deal deal, List<Finding> findings, List<DataGap> gaps) {
        int raw = 0;
        for (Finding finding : findings) {
            raw += finding.points();
        }
        int score = Math.max(0, Math.min(MAX_SCORE, raw));
        return new DealScore(deal, score, raw, Band.of(score), InOrder.sorted(findings, REASON_ORDER),
                InOrder.distinct(gaps, DataGap.ORDER));
    }

    /** Ranks scored deals for a report. */
    public static List<DealScore> rank(List<DealScore> scores) {
        return InOrder.sorted(scores, DEAL_ORDER);
    }
}
