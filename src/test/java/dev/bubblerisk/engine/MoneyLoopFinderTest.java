package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.FlowType;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.model.SourceLocation;
import dev.bubblerisk.ruleapi.MoneyLoop;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoneyLoopFinderTest {

    @TempDir
    Path dir;

    @Test
    void findsAThreeCompanyLoopOnceStartingFromItsSmallestId() {
        Portfolio portfolio = portfolio(List.of("nvidia", "openai", "coreweave"), """
                  - id: invest
                    flows: [{id: stake, type: investment, from: nvidia, to: openai}]
                  - id: rent
                    flows: [{id: compute, type: lease, from: openai, to: coreweave}]
                  - id: buy
                    flows: [{id: gpus, type: purchase, from: coreweave, to: nvidia}]
                """, "");

        List<Cycle> cycles = cycles(portfolio);

        assertThat(cycles).containsExactly(new Cycle(List.of("coreweave", "nvidia", "openai"),
                List.of("buy/gpus", "invest/stake", "rent/compute")));
    }

    @Test
    void listsEveryLinkOfAHopAndCountsHoldings() {
        Portfolio portfolio = portfolio(List.of("a", "b", "c"), """
                  - id: d1
                    flows:
                      - {id: one, type: purchase, from: a, to: b}
                      - {id: two, type: loan, from: a, to: b}
                  - id: d2
                    flows: [{id: three, type: lease, from: b, to: c}]
                """, """
                holdings:
                  - {holder: c, company: a, stake: 5%}
                """);

        assertThat(cycles(portfolio)).containsExactly(new Cycle(List.of("a", "b", "c"),
                List.of("d1/one", "d1/two", "d2/three", "holdings/c/a")));
    }

    @Test
    void listsALoopOnceWhenAHopsFlowsLieApartInTheInput() {
        Portfolio portfolio = portfolio(List.of("a", "b", "c", "d"), """
                  - id: d1
                    flows: [{id: one, type: purchase, from: a, to: b}]
                  - id: d2
                    flows: [{id: other, type: purchase, from: a, to: d}]
                  - id: d3
                    flows: [{id: again, type: loan, from: a, to: b}]
                  - id: d4
                    flows: [{id: three, type: lease, from: b, to: c}]
                  - id: d5
                    flows: [{id: back, type: purchase, from: c, to: a}]
                """, "");

        assertThat(cycles(portfolio)).containsExactly(new Cycle(List.of("a", "b", "c"),
                List.of("d1/one", "d3/again", "d4/three", "d5/back")));
    }

    @Test
    void givesEachDealItsLoopsOnceShortestFirst() {
        Map<String, List<MoneyLoop>> byDeal = MoneyLoopFinder.find(twoLoopsSharingDeals(dir)).byDeal();

        assertThat(byDeal.keySet()).containsExactlyInAnyOrder("d1", "d2", "d3");
        assertThat(byDeal.get("d1")).extracting(MoneyLoop::path)
                .containsExactly("a → b → c → a", "a → b → d → c → a");
        assertThat(byDeal.get("d2")).extracting(MoneyLoop::path)
                .containsExactly("a → b → c → a", "a → b → d → c → a");
        assertThat(byDeal.get("d3")).extracting(MoneyLoop::path).containsExactly("a → b → d → c → a");
    }

    @Test
    void ignoresRoundTripsBetweenTwoCompaniesAndOpenChains() {
        Portfolio portfolio = portfolio(List.of("a", "b", "c"), """
                  - id: d1
                    flows:
                      - {id: buy, type: purchase, from: a, to: b}
                      - {id: back, type: investment, from: b, to: a}
                      - {id: on, type: purchase, from: b, to: c}
                """, "");

        assertThat(cycles(portfolio)).isEmpty();
    }

    @Test
    void findsBothDirectionsAsDifferentLoops() {
        Portfolio portfolio = portfolio(List.of("a", "b", "c"), """
                  - id: d1
                    flows:
                      - {id: ab, type: purchase, from: a, to: b}
                      - {id: bc, type: purchase, from: b, to: c}
                      - {id: ca, type: purchase, from: c, to: a}
                      - {id: ac, type: loan, from: a, to: c}
                      - {id: cb, type: loan, from: c, to: b}
                      - {id: ba, type: loan, from: b, to: a}
                """, "");

        assertThat(cycles(portfolio)).extracting(Cycle::companies)
                .containsExactly(List.of("a", "b", "c"), List.of("a", "c", "b"));
    }

    @Test
    void stopsAtSixCompanies() {
        Portfolio six = ring(6);
        Portfolio seven = ring(7);

        assertThat(cycles(six)).hasSize(1);
        assertThat(cycles(seven)).isEmpty();
    }

    @Test
    void stopsAtItsBoundOnADenseWeb() {
        // given: every one of 12 companies buys from every other, which makes 133,298 loops of 3 to 6
        List<String> companies = IntStream.range(0, 12).mapToObj(i -> "c" + i).toList();
        String deals = companies.stream().flatMap(from -> companies.stream().filter(to -> !to.equals(from))
                .map(to -> "  - id: " + from + "-" + to + "\n    flows: [{id: f, type: purchase, from: " + from + ", to: " + to + "}]\n"))
                .collect(Collectors.joining());

        MoneyLoopFinder.Result result = MoneyLoopFinder.find(portfolio(companies, deals, ""));

        assertThat(result.truncated()).isTrue();
        assertThat(result.loops()).hasSize(10_000);
    }

    @Test
    void boundsLargePortfoliosAtOneLoopPerFiftyDeals() {
        assertThat(MoneyLoopFinder.maxLoops(21)).isEqualTo(10_000);
        assertThat(MoneyLoopFinder.maxLoops(500_000)).isEqualTo(10_000);
        assertThat(MoneyLoopFinder.maxLoops(1_000_000)).isEqualTo(20_000);
    }

    @Test
    void searchesAComponentOfTwentyThousandCompaniesWithoutRunningOutOfStack() {
        // given: one strongly connected ring of 20,000 companies, far longer than any loop it reports
        int size = 20_000;
        SourceLocation at = new SourceLocation("ring.yaml", 1, 1);
        List<Deal> deals = IntStream.range(0, size).mapToObj(i -> {
            Flow flow = new Flow("d" + i, "f", FlowType.PURCHASE, "c" + i, "c" + ((i + 1) % size),
                    null, null, null, null, null, null, at);
            return new Deal("d" + i, null, null, true, null, List.of(flow), List.of(), List.of(), LocalDate.of(2025, 1, 1), at);
        }).toList();

        MoneyLoopFinder.Result result = MoneyLoopFinder.find(new Portfolio(List.of(), List.of(), List.of(), deals));

        assertThat(result.loops()).isEmpty();
        assertThat(result.truncated()).isFalse();
    }

    /**
     * The loops a-b-c and a-b-d-c: d1's two flows lie on the first, and its first flow also on the
     * second, as do d2's flow and d3's two.
     */
    static Portfolio twoLoopsSharingDeals(Path dir) {
        return portfolio(dir, List.of("a", "b", "c", "d"), """
                  - id: d1
                    flows:
                      - {id: one, type: purchase, from: a, to: b}
                      - {id: two, type: loan, from: b, to: c}
                  - id: d2
                    flows: [{id: back, type: lease, from: c, to: a}]
                  - id: d3
                    flows:
                      - {id: on, type: purchase, from: b, to: d}
                      - {id: down, type: purchase, from: d, to: c}
                """, "");
    }

    private Portfolio ring(int size) {
        List<String> companies = IntStream.range(0, size).mapToObj(i -> "c" + i).toList();
        String deals = IntStream.range(0, size).mapToObj(i -> "  - id: d" + i + "\n    flows: [{id: f, type: purchase, from: c"
                + i + ", to: c" + ((i + 1) % size) + "}]\n").collect(Collectors.joining());
        return portfolio(companies, deals, "");
    }

    private static List<Cycle> cycles(Portfolio portfolio) {
        return MoneyLoopFinder.find(portfolio).loops().stream().map(loop -> loop.cycle()).toList();
    }

    private Portfolio portfolio(List<String> companies, String deals, String holdings) {
        return portfolio(dir, companies, deals, holdings);
    }

    private static Portfolio portfolio(Path dir, List<String> companies, String deals, String holdings) {
        String yaml = "as_of: 2025-10-31\ncompanies:\n"
                + companies.stream().map(id -> "  - {id: " + id + ", name: " + id + "}\n").collect(Collectors.joining())
                + holdings + "deals:\n" + deals;
        return Scenario.load(dir, yaml);
    }
}
