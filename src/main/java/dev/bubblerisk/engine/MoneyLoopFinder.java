package dev.bubblerisk.engine;

import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.model.Traceable;
import dev.bubblerisk.ruleapi.MoneyLoop;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the loops of value among companies: every flow is an edge from {@code from} to {@code to},
 * every holding an edge from holder to company. Strongly connected components (Tarjan's, without
 * recursion) narrow the search to where loops can be; inside each, a depth-bounded search lists
 * every simple cycle of 3 to {@link #MAX_LENGTH} companies exactly once, starting from its smallest
 * company id. Before each search a backward breadth-first pass marks how far every company is from
 * the start, so the search only enters companies from which it can still close a loop in time.
 */
final class MoneyLoopFinder {

    /** Loops longer than this are too diluted to be one scheme, and would make the search explode. */
    static final int MAX_LENGTH = 6;
    /**
     * A bound on the output, so a dense web of deals cannot stall scoring: {@value #MIN_LOOP_BOUND}
     * loops, or one per {@value #DEALS_PER_LOOP} deals in a larger portfolio.
     */
    private static final int MIN_LOOP_BOUND = 10_000;
    private static final int DEALS_PER_LOOP = 50;

    private final int maxLoops;
    private final String[] names;
    private final int[][] out;
    private final int[][] in;
    private final int[] component;
    /** Each loop found, as its companies' numbers in order. */
    private final List<int[]> found = new ArrayList<>();
    private final int[] distance;
    private final int[] stamp;
    private final boolean[] onPath;
    private final int[] path = new int[MAX_LENGTH];

    /** The loops found; {@code truncated} when the search stopped at its bound ({@link #maxLoops(int)}). */
    record Result(List<MoneyLoop> loops, boolean truncated) {

        /** Per deal with a flow on a loop, its loops: shortest first, then by path. */
        Map<String, List<MoneyLoop>> byDeal() {
            Map<String, List<MoneyLoop>> byDeal = new HashMap<>();
            List<MoneyLoop> shortestFirst = new ArrayList<>(loops);
            Map<MoneyLoop, String> paths = new IdentityHashMap<>();
            loops.forEach(loop -> paths.put(loop, loop.path()));
            shortestFirst.sort(Comparator.comparingInt(MoneyLoop::length).thenComparing(paths::get));
            for (MoneyLoop loop : shortestFirst) {
                for (Traceable link : loop.links()) {
                    if (link instanceof Flow flow) {
                        List<MoneyLoop> onLoops = byDeal.computeIfAbsent(flow.dealId(), deal -> new ArrayList<>(2));
                        if (onLoops.isEmpty() || onLoops.get(onLoops.size() - 1) != loop) { // once, for all its flows on it
                            onLoops.add(loop);
                        }
                    }
                }
            }
            return byDeal;
        }
    }

    /** @param edges every link as {@code from * names.length + to}, sorted, each once */
    private MoneyLoopFinder(String[] names, long[] edges, int maxLoops) {
        this.maxLoops = maxLoops;
        this.names = names;
        int n = names.length;
        this.out = adjacency(n, edges, true);
        this.in = adjacency(n, edges, false);
        this.component = components(n, out);
        this.distance = new int[n];
        this.stamp = new int[n];
        Arrays.fill(stamp, -1);
        this.onPath = new boolean[n];
    }

    /** The loops of the portfolio, in a stable order. */
    static Result find(Portfolio portfolio) {
        return find(portfolio, CompanyIndex.of(portfolio));
    }

    /** {@link #find(Portfolio)}, with the portfolio's companies already numbered in {@code index}. */
    static Result find(Portfolio portfolio, CompanyIndex index) {
        Links links = new Links(portfolio, index);
        MoneyLoopFinder finder = new MoneyLoopFinder(links.names, links.distinctEdges(), maxLoops(portfolio.deals().size()));
        boolean complete = finder.search();
        Map<Long, List<Traceable>> hops = links.hopsOf(finder.loopEdges());
        List<MoneyLoop> loops = finder.found.stream().map(loop -> finder.loop(loop, hops)).toList();
        return new Result(loops, !complete);
    }

    /** How many loops the search lists at most in a portfolio of {@code deals}. */
    static int maxLoops(int deals) {
        return Math.max(MIN_LOOP_BOUND, deals / DEALS_PER_LOOP);
    }

    /**
     * Every flow and holding as a link between two numbered companies: the graph, and the hops of
     * its loops. Companies are numbered here in the order of their ids, so the search and its
     * output do not depend on the input's order; the index numbers them in input order.
     */
    private static final class Links {
        private final Portfolio portfolio;
        private final CompanyIndex index;
        /** The companies, in the order of their ids. */
        private final String[] names;
        /** Per company numbered by the index, its number in {@link #names}. */
        private final int[] renumbered;
        /** Per company numbered in {@link #names}, its number in the index. */
        private final int[] indexed;

        Links(Portfolio portfolio, CompanyIndex index) {
            this.portfolio = portfolio;
            this.index = index;
            names = index.names.clone();
            Arrays.sort(names);
            renumbered = new int[names.length];
            indexed = new int[names.length];
            for (int i = 0; i < renumbered.length; i++) {
                renumbered[i] = Arrays.binarySearch(names, index.names[i]);
                indexed[renumbered[i]] = i;
            }
        }

        /**
         * Every link once, in ascending order: the pairs of companies the index found flows
         * between, and the holdings.
         */
        long[] distinctEdges() {
            long[] keys = new long[index.pairs.size() + index.holder.length];
            int[] added = {0};
            index.pairs.forEach((from, to) -> keys[added[0]++] = key(from, to));
            for (int i = 0; i < index.holder.length; i++) {
                keys[added[0]++] = key(index.holder[i], index.held[i]);
            }
            Arrays.sort(keys);
            int distinct = 0;
            for (int i = 0; i < keys.length; i++) {
                if (i == 0 || keys[i] != keys[i - 1]) { // a holding between companies a flow links too
                    keys[distinct++] = keys[i];
                }
            }
            return Arrays.copyOf(keys, distinct);
        }

        /**
         * For each of {@code keys} (ascending), its flows in input order, then its holdings: only the
         * links whose key is wanted are taken from the index.
         */
        Map<Long, List<Traceable>> hopsOf(long[] keys) {
            Map<Long, List<Traceable>> hops = new HashMap<>();
            if (keys.length == 0) {
                return hops;
            }
            CompanyPairs wanted = new CompanyPairs();
            boolean[] leaving = new boolean[names.length]; // most links leave a company no loop leaves
            for (long key : keys) {
                int from = indexed[(int) (key / names.length)];
                wanted.add(from, indexed[(int) (key % names.length)]);
                leaving[from] = true;
            }
            int flows = index.flowsFrom[portfolio.deals().size()];
            for (int flow = 0; flow < flows; flow++) {
                int from = index.from[flow];
                if (leaving[from] && wanted.contains(from, index.to[flow])) {
                    hops.computeIfAbsent(key(from, index.to[flow]), key -> new ArrayList<>()).add(index.flows[flow]);
                }
            }
            for (int holding = 0; holding < index.holder.length; holding++) {
                int from = index.holder[holding];
                if (leaving[from] && wanted.contains(from, index.held[holding])) {
                    hops.computeIfAbsent(key(from, index.held[holding]), key -> new ArrayList<>())
                            .add(portfolio.holdings().get(holding));
                }
            }
            return hops;
        }

        /** The key of the link between two companies numbered by the index. */
        private long key(int from, int to) {
            return edge(renumbered[from], renumbered[to], names.length);
        }
    }

    /** The links that the loops found run along, each once, ascending. */
    private long[] loopEdges() {
        long[] keys = new long[found.stream().mapToInt(loop -> loop.length).sum()];
        int k = 0;
        for (int[] loop : found) {
            for (int i = 0; i < loop.length; i++) {
                keys[k++] = edge(loop[i], loop[(i + 1) % loop.length]);
            }
        }
        Arrays.sort(keys);
        return Arrays.stream(keys).distinct().toArray();
    }

    private long edge(int from, int to) {
        return edge(from, to, names.length);
    }

    /** A link between two numbered companies of {@code companies}, as one number. */
    private static long edge(int from, int to, long companies) {
        return from * companies + to;
    }

    /** Out-neighbours ({@code outward}) or in-neighbours of each company: ascending, as the edges are sorted. */
    private static int[][] adjacency(int n, long[] edges, boolean outward) {
        int[] degree = new int[n];
        for (long edge : edges) {
            degree[(int) (outward ? edge / n : edge % n)]++;
        }
        int[][] lists = new int[n][];
        for (int v = 0; v < n; v++) {
            lists[v] = new int[degree[v]];
        }
        int[] filled = new int[n];
        for (long edge : edges) {
            int from = (int) (edge / n);
            int to = (int) (edge % n);
            int v = outward ? from : to;
            lists[v][filled[v]++] = outward ? to : from;
        }
        return lists;
    }

    /**
     * Strongly connected components by Tarjan's algorithm, with its own stack of calls so a long
     * chain of companies cannot overflow the thread's: a component number per company, -1 for
     * components of fewer than 3.
     */
    private static int[] components(int n, int[][] out) {
        int[] order = new int[n];
        Arrays.fill(order, -1);
        int[] low = new int[n];
        boolean[] open = new boolean[n];
        int[] members = new int[n];
        int membersSize = 0;
        int[] calls = new int[n];
        int[] nextEdge = new int[n];
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int visited = 0;
        int number = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int depth = 0;
            calls[depth] = root;
            nextEdge[depth++] = 0;
            order[root] = low[root] = visited++;
            members[membersSize++] = root;
            open[root] = true;
            while (depth > 0) {
                int v = calls[depth - 1];
                if (nextEdge[depth - 1] < out[v].length) {
                    int w = out[v][nextEdge[depth - 1]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = visited++;
                        members[membersSize++] = w;
                        open[w] = true;
                        calls[depth] = w;
                        nextEdge[depth++] = 0;
                    } else if (open[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                depth--;
                if (low[v] == order[v]) { // v is the first of its component: the members above it close it
                    int first = membersSize;
                    do {
                        first--;
                    } while (members[first] != v);
                    boolean counted = membersSize - first >= 3;
                    for (int i = first; i < membersSize; i++) {
                        open[members[i]] = false;
                        if (counted) {
                            component[members[i]] = number;
                        }
                    }
                    number += counted ? 1 : 0;
                    membersSize = first;
                }
                if (depth > 0) {
                    int caller = calls[depth - 1];
                    low[caller] = Math.min(low[caller], low[v]);
                }
            }
        }
        return component;
    }

    /** Searches from every company in turn; false when the output bound was reached. */
    private boolean search() {
        for (int start = 0; start < names.length; start++) {
            if (component[start] < 0) {
                continue;
            }
            markDistancesTo(start);
            path[0] = start;
            onPath[start] = true;
            boolean more = walk(start, 1);
            onPath[start] = false;
            if (!more) {
                return false;
            }
        }
        return true;
    }

    /** Backward breadth-first: how many hops each later company of the component needs to reach {@code start}. */
    private void markDistancesTo(int start) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        stamp[start] = start;
        distance[start] = 0;
        queue.add(start);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (distance[v] == MAX_LENGTH - 1) {
                continue;
            }
            for (int u : in[v]) {
                if (u > start && component[u] == component[start] && stamp[u] != start) {
                    stamp[u] = start;
                    distance[u] = distance[v] + 1;
                    queue.add(u);
                }
            }
        }
    }

    /** Extends the path of {@code length} companies; false when the output bound was reached. */
    private boolean walk(int start, int length) {
        for (int next : out[path[length - 1]]) {
            if (next == start) {
                if (length >= 3) {
                    if (found.size() >= maxLoops) {
                        return false;
                    }
                    found.add(Arrays.copyOf(path, length));
                }
            } else if (next > start && stamp[next] == start && !onPath[next] && distance[next] <= MAX_LENGTH - length) {
                path[length] = next;
                onPath[next] = true;
                boolean more = walk(start, length + 1);
                onPath[next] = false;
                if (!more) {
                    return false;
                }
            }
        }
        return true;
    }

    private MoneyLoop loop(int[] loop, Map<Long, List<Traceable>> hops) {
        List<String> companies = new ArrayList<>();
        List<Traceable> links = new ArrayList<>();
        for (int i = 0; i < loop.length; i++) {
            companies.add(names[loop[i]]);
            links.addAll(hops.get(edge(loop[i], loop[(i + 1) % loop.length])));
        }
        return new MoneyLoop(new Cycle(companies, links.stream().map(Traceable::ref).toList()), links);
    }
}
