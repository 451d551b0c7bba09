package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.model.Reaction;
import dev.bubblerisk.synthetic.DealFileWriters;
import dev.bubblerisk.synthetic.SyntheticPortfolio;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The companies of a portfolio's flows, reactions and holdings, numbered once for the batch cut and the loop search. */
class CompanyIndexTest {

    @Test
    void everyFlowReactionAndHoldingNamesItsCompaniesByTheirPlaceInTheList() throws Exception {
        Portfolio portfolio = synthetic(500);
        List<String> ids = portfolio.companies().stream().map(Company::id).toList();

        CompanyIndex index = CompanyIndex.of(portfolio);

        assertThat(index.listed).isEqualTo(ids.size());
        int flow = 0;
        int reaction = 0;
        for (int d = 0; d < portfolio.deals().size(); d++) {
            Deal deal = portfolio.deals().get(d);
            assertThat(index.flowsFrom[d]).isEqualTo(flow);
            assertThat(index.reactionsFrom[d]).isEqualTo(reaction);
            for (Flow each : deal.flows()) {
                assertThat(index.from[flow]).isEqualTo(ids.indexOf(each.from()));
                assertThat(index.to[flow]).isEqualTo(ids.indexOf(each.to()));
                assertThat(index.supply[flow++]).isEqualTo(each.type().isSupply());
            }
            for (Reaction each : deal.reactions()) {
                assertThat(index.reacting[reaction++]).isEqualTo(ids.indexOf(each.company()));
            }
        }
        assertThat(index.flowsFrom[portfolio.deals().size()]).isEqualTo(flow).isPositive();
        assertThat(index.reactionsFrom[portfolio.deals().size()]).isEqualTo(reaction).isPositive();
        List<Holding> holdings = portfolio.holdings();
        assertThat(holdings).isNotEmpty();
        for (int h = 0; h < holdings.size(); h++) {
            assertThat(index.holder[h]).isEqualTo(ids.indexOf(holdings.get(h).holder()));
            assertThat(index.held[h]).isEqualTo(ids.indexOf(holdings.get(h).company()));
        }
    }

    @Test
    void companiesMissingFromTheListAreNumberedAfterIt() throws Exception {
        Portfolio portfolio = everyThirdCompanyUnlisted(synthetic(500));

        CompanyIndex index = CompanyIndex.of(portfolio);

        int flows = index.flowsFrom[portfolio.deals().size()];
        List<Flow> all = portfolio.flows().toList();
        assertThat(all).hasSize(flows);
        List<String> listed = portfolio.companies().stream().map(Company::id).toList();
        boolean unlistedSeen = false;
        for (int i = 0; i < flows; i++) {
            assertThat(index.names[index.from[i]]).isEqualTo(all.get(i).from());
            assertThat(index.names[index.to[i]]).isEqualTo(all.get(i).to());
            assertThat(index.from[i] < index.listed).isEqualTo(listed.contains(all.get(i).from()));
            unlistedSeen |= !listed.contains(all.get(i).from());
        }
        assertThat(unlistedSeen).isTrue();
        List<Reaction> reactions = portfolio.deals().stream().flatMap(deal -> deal.reactions().stream()).toList();
        for (int r = 0; r < reactions.size(); r++) {
            assertThat(index.names[index.reacting[r]]).isEqualTo(reactions.get(r).company());
        }
        for (int h = 0; h < portfolio.holdings().size(); h++) {
            assertThat(index.names[index.holder[h]]).isEqualTo(portfolio.holdings().get(h).holder());
            assertThat(index.names[index.held[h]]).isEqualTo(portfolio.holdings().get(h).company());
        }
        assertThat(index.names).doesNotHaveDuplicates();
    }

    @Test
    void halvesGoneThroughOnTwoThreadsGiveTheIndexOfOneThread() throws Exception {
        assertHalvesGiveTheWholeIndex(everyThirdCompanyUnlisted(synthetic(500)));
    }

    @Test
    void aCompanyMissingFromTheListThatOnlyTheSecondHalfNamesIsNumberedToo() throws Exception {
        Portfolio whole = synthetic(500);
        String rare = whole.companies().stream().map(Company::id)
                .filter(id -> whole.deals().stream().anyMatch(deal -> names(deal, id)))
                .min(Comparator.comparingLong(id -> whole.deals().stream().filter(deal -> names(deal, id)).count()))
                .orElseThrow();
        List<Deal> deals = new ArrayList<>(whole.deals().stream().filter(deal -> !names(deal, rare)).toList());
        deals.addAll(whole.deals().stream().filter(deal -> names(deal, rare)).toList());
        assertThat(deals.stream().filter(deal -> names(deal, rare)).count()).isBetween(1L, deals.size() / 2L - 1);
        List<Company> listed = whole.companies().stream().filter(company -> !company.id().equals(rare)).toList();

        assertHalvesGiveTheWholeIndex(new Portfolio(whole.inputs(), listed, whole.holdings(), deals));
    }

    private static boolean names(Deal deal, String company) {
        return deal.flows().stream().anyMatch(flow -> flow.from().equals(company) || flow.to().equals(company))
                || deal.reactions().stream().anyMatch(reaction -> reaction.company().equals(company));
    }

    private static void assertHalvesGiveTheWholeIndex(Portfolio portfolio) {
        ExecutorService helper = HelperThread.start("test-helper");
        try {
            CompanyIndex whole = CompanyIndex.of(portfolio);
            CompanyIndex halved = CompanyIndex.of(portfolio, helper, 0);

            assertSameIndex(halved, whole, portfolio);
        } finally {
            helper.shutdownNow();
        }
    }

    /** {@code index} numbers the companies of {@code portfolio} as {@code whole} does, to the last flow, reaction and holding. */
    static void assertSameIndex(CompanyIndex index, CompanyIndex whole, Portfolio portfolio) {
        assertThat(index).isNotNull();
        int deals = portfolio.deals().size();
        int flows = whole.flowsFrom[deals];
        int reactions = whole.reactionsFrom[deals];
        assertThat(flows).isPositive();
        assertThat(index.listed).isEqualTo(whole.listed);
        assertThat(index.names).containsExactly(whole.names);
        assertThat(Arrays.copyOf(index.flowsFrom, deals + 1)).containsExactly(Arrays.copyOf(whole.flowsFrom, deals + 1));
        assertThat(Arrays.copyOf(index.reactionsFrom, deals + 1)).containsExactly(Arrays.copyOf(whole.reactionsFrom, deals + 1));
        assertThat(Arrays.copyOf(index.from, flows)).containsExactly(Arrays.copyOf(whole.from, flows));
        assertThat(Arrays.copyOf(index.to, flows)).containsExactly(Arrays.copyOf(whole.to, flows));
        assertThat(Arrays.copyOf(index.supply, flows)).containsExactly(Arrays.copyOf(whole.supply, flows));
        assertThat(Arrays.copyOf(index.reacting, reactions)).containsExactly(Arrays.copyOf(whole.reacting, reactions));
        assertThat(index.holder).containsExactly(whole.holder);
        assertThat(index.held).containsExactly(whole.held);
        assertThat(Arrays.copyOf(index.flows, flows))
                .containsExactly(portfolio.deals().stream().flatMap(deal -> deal.flows().stream()).toArray(Flow[]::new));
        assertThat(pairs(index)).isEqualTo(flowPairs(portfolio, whole.names));
    }

    /** The index's pairs of company numbers. */
    private static Set<List<Integer>> pairs(CompanyIndex index) {
        Set<List<Integer>> pairs = new HashSet<>();
        index.pairs.forEach((from, to) -> assertThat(pairs.add(List.of(from, to))).isTrue());
        assertThat(pairs).hasSize(index.pairs.size());
        return pairs;
    }

    /** The pairs of companies, numbered by their place in {@code names}, that the portfolio's flows run between. */
    private static Set<List<Integer>> flowPairs(Portfolio portfolio, String[] names) {
        List<String> numbers = Arrays.asList(names);
        return portfolio.deals().stream().flatMap(deal -> deal.flows().stream())
                .map(flow -> List.of(numbers.indexOf(flow.from()), numbers.indexOf(flow.to())))
                .collect(Collectors.toSet());
    }

    private static Portfolio everyThirdCompanyUnlisted(Portfolio whole) {
        List<Company> listed = IntStream.range(0, whole.companies().size()).filter(i -> i % 3 != 0)
                .mapToObj(whole.companies()::get).toList();
        return new Portfolio(whole.inputs(), listed, whole.holdings(), whole.deals());
    }

    private static Portfolio synthetic(int deals) throws Exception {
        StringWriter text = new StringWriter();
        new SyntheticPortfolio(deals, 5).write(DealFileWriters.of(text, true));
        return new DealFileLoader().load("portfolio.json", text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
