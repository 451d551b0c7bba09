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
        int[] root = subsets.firstDealOfComponent();
        // A component's root is its first deal, so components in the order of their roots are in the
        // order of their first deals; each is grouped in input order by counting.
        int[] size = new int[deals];
        for (int i = 0; i < deals; i++) {
            size[root[i]]++;
        }
        int[] start = new int[deals];
        for (int first = 0, next = 0; first < deals; first++) {
            start[first] = next;
            next += size[first];
        }
        int[] grouped = new int[deals];
        int[] filled = start.clone();
        for (int i = 0; i < deals; i++) {
            grouped[filled[root[i]]++] = i;
        }
        List<Portfolio> batches = new ArrayList<>();
        int batchStart = 0;
        for (int first = 0; first < deals; first++) {
            if (size[first] == 0) {
                continue;
            }
            if (start[first] > batchStart && start[first] + size[first] - batchStart > maxDeals) {
                batches.add(subsets.of(Arrays.copyOfRange(grouped, batchStart, start[first])));
                batchStart = start[first];
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
        /** How many companies are numbered: those of the portfolio's list, then any other named here. */
        private int companies;
        /** Each deal's companies, in a run from {@code namedFrom[deal]}: both ends of each flow, then its reactions'. */
        private int[] named = new int[1 << 12];
        private final int[] namedFrom;
        /** Per deal, an earlier deal with a shared buyer (its parent in a union-find), or itself. */
        private final int[] parent;
        /** Per company, the first deal in which it buys (a supply's {@code from}), or -1. */
        private int[] firstDealAsBuyer;
        /** Per holding, the company held. */
        private final int[] companyHeld;
        /** Per company, the holdings it holds, in input order. */
        private final int[][] holdingsOf;
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
            firstDealAsBuyer = new int[companies];
            Arrays.fill(firstDealAsBuyer, -1);
            for (int i = 0; i < deals.size(); i++) {
                name(i, deals.get(i));
            }
            List<Holding> holdings = portfolio.holdings();
            companyHeld = new int[holdings.size()];
            int[] holders = new int[holdings.size()];
            for (int i = 0; i < holdings.size(); i++) {
                holders[i] = number(holdings.get(i).holder());
                companyHeld[i] = number(holdings.get(i).company());
            }
            holdingsOf = byHolder(holders);
            namedIn = new int[companies];
        }

        /** Numbers the companies deal {@code index} names, after those of the deals before it, and joins it to them by buyer. */
        private void name(int index, Deal deal) {
            int at = namedFrom[index];
            int count = 2 * deal.flows().size() + deal.reactions().size();
            if (at + count > named.length) {
                named = Arrays.copyOf(named, Math.max(2 * named.length, at + count));
            }
            parent[index] = index;
            for (Flow flow : deal.flows()) {
                int from = number(flow.from());
                named[at++] = from;
                named[at++] = number(flow.to());
                if (flow.type().isSupply()) {
                    joinByBuyer(index, from);
                }
            }
            for (Reaction reaction : deal.reactions()) {
                named[at++] = number(reaction.company());
            }
            namedFrom[index + 1] = at;
        }

        private void joinByBuyer(int deal, int buyer) {
            if (buyer >= firstDealAsBuyer.length) {
                int grown = firstDealAsBuyer.length;
                firstDealAsBuyer = Arrays.copyOf(firstDealAsBuyer, Math.max(2 * grown, buyer + 1));
                Arrays.fill(firstDealAsBuyer, grown, firstDealAsBuyer.length, -1);
            }
            if (firstDealAsBuyer[buyer] < 0) {
                firstDealAsBuyer[buyer] = deal;
            } else {
                union(parent, firstDealAsBuyer[buyer], deal);
            }
        }

        /** Per company, the holdings whose holder it is ({@code holders} gives each holding's), in input order. */
        private int[][] byHolder(int[] holders) {
            int[] count = new int[companies];
            for (int holder : holders) {
                count[holder]++;
            }
            int[][] byHolder = new int[companies][];
            for (int company = 0; company < companies; company++) {
                byHolder[company] = count[company] == 0 ? NONE : new int[count[company]];
                count[company] = 0;
            }
            for (int i = 0; i < holders.length; i++) {
                byHolder[holders[i]][count[holders[i]]++] = i;
            }
            return byHolder;
        }

        private int number(String company) {
            Integer number = numbers.putIfAbsent(company, companies);
            if (number == null) {
                return companies++;
            }
            return number;
        }

        /**
         * Per deal, the first deal of its component: the deals that share a buyer, directly or through
         * a chain of deals with shared buyers.
         */
        int[] firstDealOfComponent() {
            int[] first = new int[parent.length];
            for (int i = 0; i < parent.length; i++) {
                first[i] = find(parent, i);
            }
            return first;
        }

        /** The deals of the given numbers, with the companies they name and the holdings among those, both in input order. */
        Portfolio of(int[] deals) {
            int subset = ++subsets;
            int[] namedHere = new int[64];
            int size = 0;
            for (int deal : deals) {
                for (int i = namedFrom[deal]; i < namedFrom[deal + 1]; i++) {
                    int company = named[i];
                    if (namedIn[company] != subset) {
                        namedIn[company] = subset;
                        if (size == namedHere.length) {
                            namedHere = Arrays.copyOf(namedHere, 2 * size);
                        }
                        namedHere[size++] = company;
                    }
                }
            }
            List<Integer> holdings = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                for (int holding : holdingsOf[namedHere[i]]) {
                    if (namedIn[companyHeld[holding]] == subset) {
                        holdings.add(holding);
                    }
                }
            }
            holdings.sort(null);
            int listed = portfolio.companies().size();
            return new Portfolio(portfolio.inputs(),
                    Arrays.stream(namedHere, 0, size).filter(company -> company < listed).sorted()
                            .mapToObj(portfolio.companies()::get).toList(),
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
