package dev.bubblerisk.engine;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.Portfolio;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Splits a very large portfolio into batches that can be scored in separate sessions without
 * changing what the cross-deal rules see: deals that share a buyer (directly, or through a chain
 * of deals with shared buyers) always land in the same batch, with every company they name and
 * every holding among those companies. Loops of value are found on the whole portfolio first.
 */
final class PortfolioBatches {

    private PortfolioBatches() {
    }

    /** The portfolio itself when it has at most {@code maxDeals} deals, else batches of about that size. */
    static List<Portfolio> split(Portfolio portfolio, int maxDeals) {
        if (portfolio.deals().size() <= maxDeals) {
            return List.of(portfolio);
        }
        List<Deal> deals = portfolio.deals();
        int[] parent = new int[deals.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstDealOfBuyer = new HashMap<>();
        for (int i = 0; i < deals.size(); i++) {
            for (Flow flow : deals.get(i).flows()) {
                if (flow.type().isSupply()) {
                    Integer first = firstDealOfBuyer.putIfAbsent(flow.from(), i);
                    if (first != null) {
                        union(parent, first, i);
                    }
                }
            }
        }
        Map<Integer, List<Deal>> components = new LinkedHashMap<>();
        for (int i = 0; i < deals.size(); i++) {
            components.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(deals.get(i));
        }
        Subsets subsets = new Subsets(portfolio);
        List<Portfolio> batches = new ArrayList<>();
        List<Deal> batch = new ArrayList<>();
        for (List<Deal> component : components.values()) {
            if (!batch.isEmpty() && batch.size() + component.size() > maxDeals) {
                batches.add(subsets.of(batch));
                batch = new ArrayList<>();
            }
            batch.addAll(component);
        }
        if (!batch.isEmpty()) {
            batches.add(subsets.of(batch));
        }
        return batches;
    }

    /** The deals given, with every company they name and the holdings among those companies. */
    static Portfolio subset(Portfolio portfolio, List<Deal> deals) {
        return new Subsets(portfolio).of(deals);
    }

    /** Cuts subsets out of one portfolio, with its companies and holdings looked up by id rather than scanned. */
    private static final class Subsets {
        private final Portfolio portfolio;
        private final Map<String, Integer> companyIndex = new HashMap<>();
        private final Map<String, List<Integer>> holdingsByHolder = new HashMap<>();

        Subsets(Portfolio portfolio) {
            this.portfolio = portfolio;
            List<Company> companies = portfolio.companies();
            for (int i = 0; i < companies.size(); i++) {
                companyIndex.putIfAbsent(companies.get(i).id(), i);
            }
            List<Holding> holdings = portfolio.holdings();
            for (int i = 0; i < holdings.size(); i++) {
                holdingsByHolder.computeIfAbsent(holdings.get(i).holder(), holder -> new ArrayList<>()).add(i);
            }
        }

        /** The deals, with the companies they name and the holdings among those, both in input order. */
        Portfolio of(List<Deal> deals) {
            Set<String> named = new HashSet<>();
            for (Deal deal : deals) {
                deal.flows().forEach(flow -> {
                    named.add(flow.from());
                    named.add(flow.to());
                });
                deal.reactions().forEach(reaction -> named.add(reaction.company()));
            }
            List<Company> companies = inInputOrder(named.stream().map(companyIndex::get), portfolio.companies());
            List<Holding> holdings = inInputOrder(named.stream()
                    .flatMap(holder -> holdingsByHolder.getOrDefault(holder, List.of()).stream())
                    .filter(i -> named.contains(portfolio.holdings().get(i).company())), portfolio.holdings());
            return new Portfolio(portfolio.inputs(), companies, holdings, List.copyOf(deals));
        }

        private static <T> List<T> inInputOrder(Stream<Integer> indexes, List<T> all) {
            return indexes.filter(Objects::nonNull).sorted().map(all::get).toList();
        }
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
