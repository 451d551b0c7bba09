package dev.bubblerisk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class InOrderTest {

    private static final Comparator<Evidence> BY_LINE = Comparator.comparingInt(Evidence::line);

    private final Evidence line9 = new Evidence("deal", "d2", "deals.yaml", 9);
    private final Evidence line3 = new Evidence("deal", "d1", "deals.yaml", 3);
    private final Evidence alsoLine3 = new Evidence("flow", "d1/supply", "deals.yaml", 3);

    @Test
    void sortsAndKeepsItemsTheOrderRanksEqual() {
        List<Evidence> sorted = InOrder.sorted(new ArrayList<>(List.of(line9, alsoLine3, line3)), BY_LINE);

        assertThat(sorted).containsExactly(alsoLine3, line3, line9);
    }

    @Test
    void keepsOnlyTheFirstOfItemsTheOrderRanksEqual() {
        assertThat(InOrder.distinct(List.of(line9, line3, alsoLine3, line9), BY_LINE)).containsExactly(line3, line9);
        assertThat(InOrder.distinct(List.of(line9, alsoLine3, line3), BY_LINE)).containsExactly(alsoLine3, line9);
    }

    @Test
    void givesItemsAlreadyInOrderInTheirOrder() {
        assertThat(InOrder.sorted(new ArrayList<>(List.of(line3, alsoLine3, line9)), BY_LINE))
                .containsExactly(line3, alsoLine3, line9);
        assertThat(InOrder.distinct(new ArrayList<>(List.of(line3, alsoLine3, line9)), BY_LINE))
                .containsExactly(line3, line9);
        List<Evidence> distinct = InOrder.distinct(new ArrayList<>(List.of(line3, line9)), BY_LINE);
        assertThat(distinct).containsExactly(line3, line9);
        assertThatThrownBy(() -> distinct.add(line9)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void leavesTheGivenListAsItWasAndGivesOneThatCannotChange() {
        List<Evidence> given = new ArrayList<>(List.of(line9, line3));

        List<Evidence> distinct = InOrder.distinct(given, BY_LINE);

        assertThat(given).containsExactly(line9, line3);
        assertThatThrownBy(() -> distinct.add(line9)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(InOrder.distinct(List.of(), BY_LINE)).isEmpty();
    }
}
