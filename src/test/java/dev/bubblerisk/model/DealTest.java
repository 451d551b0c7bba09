package dev.bubblerisk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealTest {

    private static final SourceLocation HERE = new SourceLocation("deals.yaml", 1, 1);

    @Test
    void hasTiedFlowsWhenSomeFlowIsTiedToAnother() {
        Flow purchase = flow("gpus", FlowType.PURCHASE, null);
        Flow warrant = flow("warrant", FlowType.WARRANT, "gpus");

        assertThat(deal(purchase, warrant).hasTiedFlows()).isTrue();
        assertThat(deal(warrant, purchase).hasTiedFlows()).isTrue();
        assertThat(deal(purchase, flow("stake", FlowType.INVESTMENT, null)).hasTiedFlows()).isFalse();
        assertThat(deal().hasTiedFlows()).isFalse();
    }

    @Test
    void largestFlowIsTheFirstOfTheLargestDisclosedAmounts() {
        Flow undisclosed = flow("lease", FlowType.LEASE, null, null);
        Flow small = flow("gpus", FlowType.PURCHASE, null, BigDecimal.ONE);
        Flow large = flow("stake", FlowType.INVESTMENT, null, new BigDecimal("10.0"));
        Flow asLarge = flow("warrant", FlowType.WARRANT, null, BigDecimal.TEN);

        assertThat(deal(undisclosed, small, large, asLarge).largestFlow()).isSameAs(large);
        assertThat(deal(undisclosed, small, large, asLarge).largestAmount()).isEqualByComparingTo("10");
        assertThat(deal(undisclosed).largestFlow()).isNull();
        assertThat(deal(undisclosed).largestAmount()).isNull();
    }

    @Test
    void whatIsWorkedOutFromTheFlowsIsWorkedOutWhateverIsPassed() {
        Flow purchase = flow("gpus", FlowType.PURCHASE, null);
        Flow warrant = flow("warrant", FlowType.WARRANT, "gpus", BigDecimal.ONE);

        Deal told = new Deal("d1", "a deal", null, true, null, List.of(purchase, warrant), List.of(), List.of(),
                LocalDate.of(2025, 10, 31), HERE, warrant, false);
        Deal untied = new Deal("d1", "a deal", null, true, null, List.of(purchase), List.of(), List.of(),
                LocalDate.of(2025, 10, 31), HERE, null, true);

        assertThat(told.largestFlow()).isSameAs(purchase);
        assertThat(told.hasTiedFlows()).isTrue();
        assertThat(untied.largestFlow()).isSameAs(purchase);
        assertThat(untied.hasTiedFlows()).isFalse();
    }

    private static Flow flow(String id, FlowType type, String tiedTo) {
        return flow(id, type, tiedTo, BigDecimal.TEN);
    }

    private static Flow flow(String id, FlowType type, String tiedTo, BigDecimal amount) {
        return new Flow("d1", id, type, "buyer", "seller", amount, null, tiedTo, null, null, null, HERE);
    }

    private static Deal deal(Flow... flows) {
        return new Deal("d1", "a deal", null, true, null, List.of(flows), List.of(), List.of(), LocalDate.of(2025, 10, 31), HERE);
    }
}
