package dev.bubblerisk.engine;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Portfolio;
import java.util.ArrayList;
import java.util.Arrays;
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
        return portfolio.deals().size() <= maxDeals ? List.of(portfolio) : split(portfolio, CompanyIndex.of(portfolio), maxDeals);
    }

    /** {@link #split(Portfolio, int)}, with the portfolio's companies already numbered in {@code index}. */
    static List<Portfolio> split(Portfolio portfolio, CompanyIndex index, int maxDeals) {
        if (portfolio.deals().size() <= maxDeals) {
            return List.of(portfolio);
        }
        int deals = portfolio.deals().size();
        Subsets subsets = new Subsets(portfolio, index);
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
        return new Subsets(portfolio, CompanyIndex.of(portfolio)).of(deals.stream().mapToInt(index::get).toArray());
    }

    /**
     * Cuts subsets out of one portfolio, by the companies' numbers in its {@link CompanyIndex}: each
     * deal's companies, and each company's holdings.
     */
    private static final class Subsets {
        private static final int[] NONE = {};

        private final Portfolio portfolio;
        private final CompanyIndex index;
        /** Per deal, an earlier deal with a shared buyer (its parent in a union-find), or itself. */
        private final int[] parent;
        /** Per company, the holdings it holds, in input order. */
        private final int[][] holdingsOf;
        /** Per company, the last subset that named it. */
        private final int[] namedIn;
        private int subsets;
        /**
         * The companies the subset being cut names (the first {@code namedCount}, each once), its
         * listed companies and its holdings, each with room for all of the portfolio's: a subset's
         * outgrew a small array only in large batches, which made the JVM compile this again after
         * a warm-up on small ones.
         */
        private final int[] named;
        private int namedCount;
        private final int[] listed;
        private final int[] holdings;

        Subsets(Portfolio portfolio, CompanyIndex index) {
            this.portfolio = portfolio;
            this.index = index;
            int deals = portfolio.deals().size();
            parent = new int[deals];
            // Per company, the first deal in which it buys (a supply's from), or -1.
            int[] firstDealAsBuyer = new int[index.companies()];
            Arrays.fill(firstDealAsBuyer, -1);
            for (int deal = 0; deal < deals; deal++) {
                parent[deal] = deal;
                for (int flow = index.flowsFrom[deal]; flow < index.flowsFrom[deal + 1]; flow++) {
                    if (index.supply[flow]) {
                        int buyer = index.from[flow];
                        if (firstDealAsBuyer[buyer] < 0) {
                            firstDealAsBuyer[buyer] = deal;
                        } else {
                            union(parent, firstDealAsBuyer[buyer], deal);
                        }
                    }
                }
            }
            holdingsOf = byHolder(index.holder, index.companies());
            namedIn = new int[index.companies()];
            named = new int[index.companies()];
            listed = new int[index.companies()];
            holdings = new int[index.holder.length];
        }

        /** Per company, the holdings whose holder it is ({@code holders} gives each holding's), in input order. */
        private static int[][] byHolder(int[] holders, int companies) {
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

        /** Notes that the subset being cut names {@code company}, unless it already has. */
        private void name(int company) {
            if (namedIn[company] != subsets) {
                namedIn[company] = subsets;
                named[namedCount++] = company;
            }
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
            subsets++;
            namedCount = 0;
            for (int deal : deals) {
                for (int flow = index.flowsFrom[deal]; flow < index.flowsFrom[deal + 1]; flow++) {
                    name(index.from[flow]);
                    name(index.to[flow]);
                }
                for (int reaction = index.reactionsFrom[deal]; reaction < index.reactionsFrom[deal + 1]; reaction++) {
                    name(index.reacting[reaction]);
                }
            }
            int holdingCount = 0;
            int listedCount = 0;
            for (int i = 0; i < namedCount; i++) {
                int company = named[i];
                if (company < index.listed) {
                    listed[listedCount++] = company;
                }
                for (int holding : holdingsOf[company]) {
                    if (namedIn[index.held[holding]] == subsets) {
                        holdings[holdingCount++] = holding;
                    }
                }
            }
            return new Portfolio(portfolio.inputs(), inOrder(portfolio.companies(), listed, listedCount),
                    inOrder(portfolio.holdings(), holdings, holdingCount), picked(portfolio.deals(), deals, deals.length));
        }

        /** The elements of {@code all} at the first {@code count} of {@code places}, in the order of their places. */
        private static <T> List<T> inOrder(List<T> all, int[] places, int count) {
            Arrays.sort(places, 0, count);
            return picked(all, places, count);
        }

        /** The elements of {@code all} at the first {@code count} of {@code places}, in that order. */
        private static <T> List<T> picked(List<T> all, int[] places, int count) {
            Object[] picked = new Object[count];
            for (int i = 0; i < count; i++) {
                picked[i] = all.get(places[i]);
            }
            @SuppressWarnings("unchecked")
            List<T> list = (List<T>) List.of(picked);
            return list;
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
