package dev.bubblerisk.report.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.report.SmallPortfolio;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyGraphTest {

    private final MoneyGraph graph = MoneyGraph.of(SmallPortfolio.portfolio(), List.of(SmallPortfolio.LOOP));

    @Test
    void drawsEveryCompanyInIdOrderEvenOneWithNoLoop() {
        assertThat(graph.nodes()).extracting(GraphNode::id).containsExactly("chipco", "cloudco", "labco", "powerco");
        assertThat(graph.nodes()).extracting(GraphNode::onLoop).containsExactly(true, true, true, false);
    }

    @Test
    void joinsFlowsOfOneKindBetweenTwoCompaniesAndAddsTheirDisclosedAmounts() {
        GraphLink purchases = link("cloudco", "chipco", LinkKind.PURCHASE);

        assertThat(purchases.refs()).containsExactly("cloud-chip/gpus", "cloud-chip/more-gpus");
        assertThat(purchases.amount()).isEqualByComparingTo(new BigDecimal("3e9"));
        assertThat(purchases.undisclosed()).isEqualTo(1);
        assertThat(purchases.label()).isEqualTo("purchase ×2 $3B + undisclosed");
    }

    @Test
    void drawsAHoldingAsAStakeFromHolderToCompany() {
        GraphLink stake = link("chipco", "cloudco", LinkKind.STAKE);

        assertThat(stake.refs()).containsExactly("holdings/chipco/cloudco");
        assertThat(stake.label()).isEqualTo("stake 7%");
    }

    @Test
    void marksTheLinksOfTheLoopWithItsNumberAndNoOthers() {
        assertThat(graph.links()).filteredOn(GraphLink::onLoop)
                .extracting(link -> link.from() + "->" + link.to())
                .containsExactly("chipco->labco", "cloudco->chipco", "labco->cloudco");
        assertThat(link("chipco", "labco", LinkKind.INVESTMENT).loops()).containsExactly(1);
        assertThat(link("labco", "chipco", LinkKind.PURCHASE).loops()).isEmpty();
    }

    @Test
    void anUndisclosedFlowIsLabelledSoRatherThanAsZero() {
        assertThat(link("cloudco", "powerco", LinkKind.PURCHASE).label()).isEqualTo("purchase undisclosed");
    }

    private GraphLink link(String from, String to, LinkKind kind) {
        return graph.links().stream()
                .filter(link -> link.from().equals(from) && link.to().equals(to) && link.kind() == kind)
                .findFirst().orElseThrow();
    }
}
