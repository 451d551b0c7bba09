package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Deal;
import java.util.Collection;

/**
 * Time windows over deals, for rules about bursts of announcements: how many of a set of deals
 * fall in one window of a given length that also holds a given deal. Deals are dated by the first
 * day they can have been announced; undated deals are left out. A fact that stands for many deals
 * may carry their {@link DealDays} already.
 */
public final class Windows {

    private Windows() {
    }

    /**
     * The most deals of {@code peers} (facts of deals, such as {@link Party} or {@link Supply}) that
     * fit in one window of {@code days} days containing {@code deal}; 0 when {@code deal} is undated.
     */
    public static int mostInWindow(Collection<? extends InDeal> peers, Deal deal, int days) {
        return DealDays.of(peers).mostInWindow(deal, days);
    }
}
