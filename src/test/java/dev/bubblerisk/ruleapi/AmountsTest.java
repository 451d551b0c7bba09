package dev.bubblerisk.ruleapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.FlowType;
import dev.bubblerisk.model.SourceLocation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void sumsTheDisclosedAmountsAndLeavesTheOthersOut() {
        assertThat(Amounts.sum(List.of(flow("10"), flow(null), flow("2.5")))).isEqualByComparingTo("12.5");
        assertThat(Amounts.sum(List.of(flow(null), flow("7")))).isEqualByComparingTo("7");
    }

    @Test
    void isNullWhenNoAmountIsDisclosed() {
        assertThat(Amounts.sum(List.of(flow(null), flow(null)))).isNull();
        assertThat(Amounts.sum(List.of())).isNull();
    }

    private static Flow flow(String amount) {
        return new Flow("d1", "f", FlowType.PURCHASE, "buyer", "seller", amount == null ? null : new BigDecimal(amount),
                null, null, null, null, null, new SourceLocation("deals.yaml", 1, 1));
    }
}
