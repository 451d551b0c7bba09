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

    private static Flow flow(String id, FlowType type, String tiedTo) {
        return new Flow("d1", id, type, "buyer", "seller", BigDecimal.TEN, null, tiedTo, null, null, null, HERE);
    }

    private static Deal deal(Flow... flows) {
        return new Deal("d1", "a deal", null, true, null, List.of(flows), List.of(), List.of(), LocalDate.of(2025, 10, 31), HERE);
    }
}
