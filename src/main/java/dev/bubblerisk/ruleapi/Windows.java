package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Deal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Time windows over deals, for rules about bursts of announcements: how many of a set of deals
 * fall in one window of a given length that also holds a given deal. Deals are dated by the first
 * day they can have been announced; undated deals are left out.
 */
public final class Windows {

    private Windows() {
    }

    /**
     * The most deals of {@code peers} (facts of deals, such as {@link Party} or {@link Supply}) that
     * fit in one window of {@code days} days containing {@code deal}; 0 when {@code deal} is undated.
     */
    public static int mostInWindow(Collection<? extends InDeal> peers, Deal deal, int days) {
        LocalDate pivot = deal.announcedOn();
        if (pivot == null) {
            return 0;
        }
        List<LocalDate> dates = peers.stream().map(InDeal::deal).distinct().map(Deal::announcedOn)
                .filter(Objects::nonNull).sorted().toList();
        int most = 0;
        int end = 0;
        for (int start = 0; start < dates.size(); start++) {
            LocalDate from = dates.get(start);
            if (from.isAfter(pivot)) {
                break;
            }
            end = Math.max(end, start);
            while (end + 1 < dates.size() && ChronoUnit.DAYS.between(from, dates.get(end + 1)) <= days) {
                end++;
            }
            if (ChronoUnit.DAYS.between(from, pivot) <= days) {
                most = Math.max(most, end - start + 1);
            }
        }
        return most;
    }
}
