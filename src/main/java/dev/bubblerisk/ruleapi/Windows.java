package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.PartialDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Time windows over deals, for rules about bursts of announcements: how many of a set of deals
 * fall in one window of a given length that also holds a given deal. Deals are dated by the first
 * day they can have been announced; undated deals are left out.
 */
public final class Windows {

    /** Up to this many peers, repeated deals are found by comparing with each deal kept so far. */
    private static final int FEW = 16;

    private Windows() {
    }

    /**
     * The most deals of {@code peers} (facts of deals, such as {@link Party} or {@link Supply}) that
     * fit in one window of {@code days} days containing {@code deal}; 0 when {@code deal} is undated.
     */
    public static int mostInWindow(Collection<? extends InDeal> peers, Deal deal, int days) {
        if (deal.announced() == null) {
            return 0;
        }
        long pivot = deal.announced().earliestEpochDay();
        long[] dates = daysOf(peers);
        int most = 0;
        int end = 0;
        for (int start = 0; start < dates.length; start++) {
            long from = dates[start];
            if (from > pivot) {
                break;
            }
            end = Math.max(end, start);
            while (end + 1 < dates.length && dates[end + 1] - from <= days) {
                end++;
            }
            if (pivot - from <= days) {
                most = Math.max(most, end - start + 1);
            }
        }
        return most;
    }

    /** The first possible announcement day of each distinct dated deal among the peers, as epoch days, ascending. */
    private static long[] daysOf(Collection<? extends InDeal> peers) {
        long[] days = new long[peers.size()];
        Deal[] deals = new Deal[peers.size()];
        Set<Deal> seen = peers.size() > FEW ? new HashSet<>(peers.size() * 2) : null;
        int count = 0;
        for (InDeal peer : peers) {
            Deal deal = peer.deal();
            PartialDate day = deal.announced();
            if (day != null && (seen != null ? seen.add(deal) : !among(deals, count, deal))) {
                deals[count] = deal;
                days[count++] = day.earliestEpochDay();
            }
        }
        long[] dated = count == days.length ? days : Arrays.copyOf(days, count);
        Arrays.sort(dated);
        return dated;
    }

    /** Whether {@code deal} is one of the first {@code count} of {@code deals}: for a few, cheaper than hashing. */
    private static boolean among(Deal[] deals, int count, Deal deal) {
        for (int i = 0; i < count; i++) {
            if (deals[i].equals(deal)) {
                return true;
            }
        }
        return false;
    }
}
