package dev.bubblerisk.score;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Finding;
import java.util.Arrays;
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
    public static final Comparator<DealScore> DEAL_ORDER = (a, b) ->
            compareDeals(a.score(), a.rawPoints(), a.deal().id(), b.score(), b.rawPoints(), b.deal().id());

    private static final Comparator<DataGap> GAP_ORDER = (a, b) -> {
        int byRule = a.rule().compareTo(b.rule());
        if (byRule != 0) {
            return byRule;
        }
        int byCompany = a.company().compareTo(b.company());
        return byCompany != 0 ? byCompany : a.missing().compareTo(b.missing());
    };

    private ScoreCard() {
    }

    /** {@link #DEAL_ORDER}, for anything that knows two deals' scores, raw points and ids. */
    public static int compareDeals(int scoreA, int rawPointsA, String idA, int scoreB, int rawPointsB, String idB) {
        int byScore = Integer.compare(scoreB, scoreA);
        if (byScore != 0) {
            return byScore;
        }
        int byRawPoints = Integer.compare(rawPointsB, rawPointsA);
        return byRawPoints != 0 ? byRawPoints : idA.compareTo(idB);
    }

    public static DealScore score(Deal deal, List<Finding> findings, List<DataGap> gaps) {
        int raw = 0;
        for (Finding finding : findings) {
            raw += finding.points();
        }
        int score = Math.max(0, Math.min(MAX_SCORE, raw));
        return new DealScore(deal, score, raw, Band.of(score), sorted(findings, REASON_ORDER), sortedOnce(gaps));
    }

    /** Ranks scored deals for a report. */
    public static List<DealScore> rank(List<DealScore> scores) {
        return sorted(scores, DEAL_ORDER);
    }

    /** The gaps in {@link #GAP_ORDER}, each once: it compares every field, so equal gaps sort side by side. */
    private static List<DataGap> sortedOnce(List<DataGap> gaps) {
        Object[] sorted = sortedArray(gaps, GAP_ORDER);
        int kept = 0;
        for (Object gap : sorted) {
            if (kept == 0 || !sorted[kept - 1].equals(gap)) {
                sorted[kept++] = gap;
            }
        }
        return listOf(Arrays.copyOf(sorted, kept));
    }

    private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        return listOf(sortedArray(items, order));
    }

    /**
     * The items in order, in an {@code Object[]}: every sort of a run sorts that one type of
     * array, so the optimising compiler's code for the JDK's sort is not thrown away and
     * compiled again each time it meets another (a million-deal run had recompiled its merges
     * some two dozen times).
     */
    private static <T> Object[] sortedArray(List<T> items, Comparator<? super T> order) {
        @SuppressWarnings("unchecked")
        T[] array = (T[]) items.toArray(); // an Object[] whatever T is: the cast is erased
        Arrays.sort(array, order);
        return array;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> listOf(Object[] items) {
        return (List<T>) List.of(items);
    }
}
