package dev.bubblerisk.engine;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.model.Reaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
        int deals = portfolio.deals().size();
        Subsets subsets = new Subsets(portfolio);
        int[] parent = subsets.dealsJoinedByBuyers();
        // A component's root is its first deal, so components in the order of their roots are in the
        // order of their first deals; each is grouped in input order by counting.
        int[] size = new int[deals];
        for (int i = 0; i < deals; i++) {
            parent[i] = find(parent, i);
            size[parent[i]]++;
        }
        int[] start = new int[deals];
        for (int root = 0, next = 0; root < deals; root++) {
            start[root] = next;
            next += size[root];
        }
        int[] grouped = new int[deals];
        int[] filled = start.clone();
        for (int i = 0; i < deals; i++) {
            grouped[filled[parent[i]]++] = i;
        }
        List<Portfolio> batches = new ArrayList<>();
        int batchStart = 0;
        for (int root = 0; root < deals; root++) {
            if (size[root] == 0) {
                continue;
            }
            if (start[root] > batchStart && start[root] + size[root] - batchStart > maxDeals) {
                batches.add(subsets.of(Arrays.copyOfRange(grouped, batchStart, start[root])));
                batchStart = start[root];
            }
        }
        batches.add(subsets.of(Arrays.copyOfRange(grouped, batchStart, deals)));
        return batches;
    }

    /** The deals given, with every company they name and the holdings among those companies. */
    static Portfolio subset(Portfolio portfolio, List<Deal> deals) {
        Map<Deal, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < portfolio.deals().size(); i++) {
            index.put(portfolio.deals().get(i), i);
        }
        return new Subsets(portfolio).of(deals.stream().mapToInt(index::get).toArray());
    }

    /**
     * Cuts subsets out of one portfolio. Every company a deal or holding names is numbered once: those
     * of the portfolio's list by their place in it, any other after them. Each deal's companies and
     * each company's holdings are then looked up by number rather than by id.
     */
    private static final class Subsets {
        private static final int[] NONE = {};

        private final Portfolio portfolio;
        private final Map<String, Integer> numbers = new HashMap<>();
        /** The companies named here that are not in the portfolio's list, numbered after those that are. */
        private int companies;
        /** Each deal's companies, the deal's own run from {@code namedFrom[deal]}: both ends of each flow, then its reactions'. */
        private int[] named;
        private final int[] namedFrom;
        /** Per deal, an earlier deal with a shared buyer (its parent in a union-find), or itself. */
        private final int[] parent;
        /** Per company, the holdings it holds, in input order. */
        private final int[][] holdingsOf;
        /** Per holding, the company held. */
        private final int[] companyHeld;
        /** Per company, the last subset that named it. */
        private final int[] namedIn;
        private int subsets;

        Subsets(Portfolio portfolio) {
            this.portfolio = portfolio;
            List<Company> listed = portfolio.companies();
            for (int i = 0; i < listed.size(); i++) {
                numbers.putIfAbsent(listed.get(i).id(), i);
            }
            companies = listed.size();
            List<Deal> deals = portfolio.deals();
            namedFrom = new int[deals.size() + 1];
            parent = new int[deals.size()];
            named = new int[1 << 12];
            int size = 0;
            int[] firstDealAsBuyer = new int[companies];
            Arrays.fill(firstDealAsBuyer, -1);
            for (int i = 0; i < deals.size(); i++) {
                parent[i] = i;
                namedFrom[i] = size;
                Deal deal = deals.get(i);
                int count = 2 * deal.flows().size() + deal.reactions().size();
                if (size + count > named.length) {
                    named = Arrays.copyOf(named, Math.max(2 * named.length, size + count));
                }
                for (Flow flow : deal.flows()) {
                    int buyer = number(flow.from());
                    named[size++] = buyer;
                    named[size++] = number(flow.to());
                    if (flow.type().isSupply()) {
                        if (buyer >= firstDealAsBuyer.length) {
                            int grown = firstDealAsBuyer.length;
                            firstDealAsBuyer = Arrays.copyOf(firstDealAsBuyer, Math.max(2 * grown, buyer + 1));
                            Arrays.fill(firstDealAsBuyer, grown, firstDealAsBuyer.length, -1);
                        }
                        if (firstDealAsBuyer[buyer] < 0) {
                            firstDealAsBuyer[buyer] = i;
                        } else {
                            union(parent, firstDealAsBuyer[buyer], i);
                        }
                    }
                }
                for (Reaction reaction : deal.reactions()) {
                    named[size++] = number(reaction.company());
                }
            }
            namedFrom[deals.size()] = size;
            List<Holding> holdings = portfolio.holdings();
            companyHeld = new int[holdings.size()];
            int[] holders = new int[holdings.size()];
            for (int i = 0; i < holdings.size(); i++) {
                holders[i] = number(holdings.get(i).holder());
                companyHeld[i] = number(holdings.get(i).company());
            }
            int[] held = new int[companies];
            for (int holder : holders) {
                held[holder]++;
            }
            holdingsOf = new int[companies][];
            for (int company = 0; company < companies; company++) {
                holdingsOf[company] = held[company] == 0 ? NONE : new int[held[company]];
                held[company] = 0;
            }
            for (int i = 0; i < holders.length; i++) {
                holdingsOf[holders[i]][held[holders[i]]++] = i;
            }
            namedIn = new int[companies];
        }

        private int number(String company) {
            Integer number = numbers.putIfAbsent(company, companies);
            if (number == null) {
                return companies++;
            }
            return number;
        }

        /** The deals' union-find, for {@link #find}: each deal joined to those that share a buyer with it. */
        int[] dealsJoinedByBuyers() {
            return parent;
        }

        /** The deals of the given numbers, with the companies they name and the holdings among those, both in input order. */
        Portfolio of(int[] deals) {
            int subset = ++subsets;
            int[] listed = new int[64];
            int size = 0;
            List<Integer> holders = new ArrayList<>();
            for (int deal : deals) {
                for (int i = namedFrom[deal]; i < namedFrom[deal + 1]; i++) {
                    int company = named[i];
                    if (namedIn[company] != subset) {
                        namedIn[company] = subset;
                        holders.add(company);
                        if (company < portfolio.companies().size()) {
                            if (size == listed.length) {
                                listed = Arrays.copyOf(listed, 2 * size);
                            }
                            listed[size++] = company;
                        }
                    }
                }
            }
            List<Integer> holdings = new ArrayList<>();
            for (int holder : holders) {
                for (int holding : holdingsOf[holder]) {
                    if (namedIn[companyHeld[holding]] == subset) {
                        holdings.add(holding);
                    }
                }
            }
            int[] companies = Arrays.copyOf(listed, size);
            Arrays.sort(companies);
            holdings.sort(null);
            return new Portfolio(portfolio.inputs(),
                    Arrays.stream(companies).mapToObj(portfolio.companies()::get).toList(),
                    holdings.stream().map(portfolio.holdings()::get).toList(),
                    Arrays.stream(deals).mapToObj(portfolio.deals()::get).toList());
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
