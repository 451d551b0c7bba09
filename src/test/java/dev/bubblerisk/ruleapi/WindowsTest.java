package dev.bubblerisk.ruleapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.PartialDate;
import dev.bubblerisk.model.SourceLocation;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class WindowsTest {

    @Test
    void countsTheDealsOfTheBestWindowThatHoldsTheDeal() {
        // given: 1 Jan, 20 Jan, 31 Jan, 1 Mar
        Party jan1 = party(2025, 1, 1);
        Party jan20 = party(2025, 1, 20);
        Party jan31 = party(2025, 1, 31);
        Party mar1 = party(2025, 3, 1);
        List<Party> all = List.of(jan1, jan20, jan31, mar1);

        // then: 1-31 Jan spans 30 days and holds three deals; 1 Mar is alone in any 30-day window
        assertThat(Windows.mostInWindow(all, jan1.deal(), 30)).isEqualTo(3);
        assertThat(Windows.mostInWindow(all, jan31.deal(), 30)).isEqualTo(3);
        assertThat(Windows.mostInWindow(all, mar1.deal(), 30)).isEqualTo(2);
        assertThat(Windows.mostInWindow(all, jan1.deal(), 29)).isEqualTo(2);
    }

    @Test
    void leavesUndatedDealsOut() {
        Party undated = new Party(deal(null), Role.BUYER, "lab", null, List.of());
        Party dated = party(2025, 5, 1);

        assertThat(Windows.mostInWindow(List.of(undated, dated), undated.deal(), 365)).isZero();
        assertThat(Windows.mostInWindow(List.of(undated, dated), dated.deal(), 365)).isEqualTo(1);
    }

    @Test
    void countsADealOnceHoweverManyFactsItHas() {
        Deal deal = deal(new PartialDate(2025, 5, 1));
        Party first = new Party(deal, Role.BUYER, "lab", null, List.of());
        Party second = new Party(deal, Role.SUPPLIER, "chipco", null, List.of());

        assertThat(Windows.mostInWindow(List.of(first, second), deal, 30)).isEqualTo(1);
    }

    @Property(tries = 300)
    void findsTheBestWindowThatAPlainSearchOfEveryWindowFinds(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 800) Integer> offsets,
            @ForAll @IntRange(min = 0, max = 39) int pivotIndex, @ForAll @IntRange(min = 1, max = 400) int days) {
        LocalDate first = LocalDate.of(2024, 1, 1);
        List<Party> parties = offsets.stream().map(offset -> first.plusDays(offset))
                .map(day -> party(day.getYear(), day.getMonthValue(), day.getDayOfMonth())).toList();
        Party pivot = parties.get(pivotIndex % parties.size());

        assertThat(Windows.mostInWindow(parties, pivot.deal(), days)).isEqualTo(everyWindow(parties, pivot, days));
    }

    /** Tries a window starting at each deal's day that also holds the pivot's day, and counts the deals in it. */
    private static int everyWindow(List<Party> parties, Party pivot, int days) {
        LocalDate on = pivot.deal().announcedOn();
        int most = 0;
        for (Party start : parties) {
            LocalDate from = start.deal().announcedOn();
            LocalDate to = from.plusDays(days);
            if (!from.isAfter(on) && !to.isBefore(on)) {
                int inside = (int) parties.stream().map(Party::deal).distinct()
                        .filter(deal -> !deal.announcedOn().isBefore(from) && !deal.announcedOn().isAfter(to)).count();
                most = Math.max(most, inside);
            }
        }
        return most;
    }

    private static Party party(int year, int month, int day) {
        return new Party(deal(new PartialDate(year, month, day)), Role.BUYER, "lab", null, List.of());
    }

    private static Deal deal(PartialDate announced) {
        return new Deal("d" + announced, null, announced, true, null, List.of(), List.of(), List.of(),
                LocalDate.of(2025, 12, 31), new SourceLocation("deals.yaml", 1, 5));
    }
}
