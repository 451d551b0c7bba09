package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.PartialDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The days on which some deals were announced, for rules about bursts of announcements: the
 * first day each distinct dated deal can have been announced, in order. Worked out once for a
 * fact that stands for many deals ({@link SupplyPair#days()}), it answers for each of them without
 * going through the deals again. Undated deals are left out.
 */
public final class DealDays {

    /** Up to this many peers, repeated deals are found by comparing with each deal kept so far. */
    private static final int FEW = 16;

    /** Epoch days, ascending. */
    private final long[] days;

    private DealDays(long[] days) {
        this.days = days;
    }

    /** The days of the deals of {@code peers} (facts of deals, such as {@link Party} or {@link Supply}). */
    public static DealDays of(Collection<? extends InDeal> peers) {
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
        return new DealDays(dated);
    }

    /**
     * The most of these deals that fit in one window of {@code length} days containing the day of
     * {@code deal}; 0 when {@code deal} is undated.
     */
    public int mostInWindow(Deal deal, int length) {
        if (deal.announced() == null) {
            return 0;
        }
        long pivot = deal.announced().earliestEpochDay();
        int most = 0;
        int end = 0;
        for (int start = 0; start < days.length; start++) {
            long from = days[start];
            if (from > pivot) {
                break;
            }
            end = Math.max(end, start);
            while (end + 1 < days.length && days[end + 1] - from <= length) {
                end++;
            }
            if (pivot - from <= length) {
                most = Math.max(most, end - start + 1);
            }
        }
        return most;
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
