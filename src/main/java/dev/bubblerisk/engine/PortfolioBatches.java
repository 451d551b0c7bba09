package dev.bubblerisk.engine;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.Portfolio;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        // A component's root is its first deal, so components in the order of their roots are in the
        // order of their first deals; each is grouped in input order by counting.
        int[] size = new int[deals.size()];
        for (int i = 0; i < deals.size(); i++) {
            parent[i] = find(parent, i);
            size[parent[i]]++;
        }
        int[] start = new int[deals.size()];
        for (int root = 0, next = 0; root < deals.size(); root++) {
            start[root] = next;
            next += size[root];
        }
        Deal[] grouped = new Deal[deals.size()];
        int[] filled = start.clone();
        for (int i = 0; i < deals.size(); i++) {
            grouped[filled[parent[i]]++] = deals.get(i);
        }
        Subsets subsets = new Subsets(portfolio);
        List<Portfolio> batches = new ArrayList<>();
        List<Deal> batch = new ArrayList<>();
        for (int root = 0; root < deals.size(); root++) {
            if (size[root] == 0) {
                continue;
            }
            if (!batch.isEmpty() && batch.size() + size[root] > maxDeals) {
                batches.add(subsets.of(batch));
                batch = new ArrayList<>();
            }
            batch.addAll(Arrays.asList(grouped).subList(start[root], start[root] + size[root]));
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
        /** Per company, the last subset that named it. */
        private final int[] namedIn;
        private int subsets;

        Subsets(Portfolio portfolio) {
            this.portfolio = portfolio;
            List<Company> companies = portfolio.companies();
            for (int i = 0; i < companies.size(); i++) {
                companyIndex.putIfAbsent(companies.get(i).id(), i);
            }
            namedIn = new int[companies.size()];
            List<Holding> holdings = portfolio.holdings();
            for (int i = 0; i < holdings.size(); i++) {
                holdingsByHolder.computeIfAbsent(holdings.get(i).holder(), holder -> new ArrayList<>()).add(i);
            }
        }

        /** The deals, with the companies they name and the holdings among those, both in input order. */
        Portfolio of(List<Deal> deals) {
            Named named = new Named(++subsets);
            for (Deal deal : deals) {
                for (Flow flow : deal.flows()) {
                    named.add(flow.from());
                    named.add(flow.to());
                }
                deal.reactions().forEach(reaction -> named.add(reaction.company()));
            }
            int[] companies = named.companies();
            Arrays.sort(companies);
            List<Integer> holdings = new ArrayList<>();
            for (int company : companies) {
                addHoldings(portfolio.companies().get(company).id(), named, holdings);
            }
            for (String holder : named.unlisted) {
                addHoldings(holder, named, holdings);
            }
            holdings.sort(null);
            return new Portfolio(portfolio.inputs(),
                    Arrays.stream(companies).mapToObj(portfolio.companies()::get).toList(),
                    holdings.stream().map(portfolio.holdings()::get).toList(),
                    List.copyOf(deals));
        }

        /** Adds the holdings of {@code holder} in a company the subset names. */
        private void addHoldings(String holder, Named named, List<Integer> holdings) {
            for (int holding : holdingsByHolder.getOrDefault(holder, List.of())) {
                if (named.contains(portfolio.holdings().get(holding).company())) {
                    holdings.add(holding);
                }
            }
        }

        /** The companies one subset names: marked by number, and any not in the portfolio's list by id. */
        private final class Named {
            private final int subset;
            private int[] companies = new int[256];
            private int size;
            private final Set<String> unlisted = new HashSet<>();

            Named(int subset) {
                this.subset = subset;
            }

            void add(String id) {
                Integer company = companyIndex.get(id);
                if (company == null) {
                    unlisted.add(id);
                } else if (namedIn[company] != subset) {
                    namedIn[company] = subset;
                    if (size == companies.length) {
                        companies = Arrays.copyOf(companies, 2 * size);
                    }
                    companies[size++] = company;
                }
            }

            boolean contains(String id) {
                Integer company = companyIndex.get(id);
                return company == null ? unlisted.contains(id) : namedIn[company] == subset;
            }

            int[] companies() {
                return Arrays.copyOf(companies, size);
            }
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
