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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds the loops of value among companies: every flow is an edge from {@code from} to {@code to},
 * every holding an edge from holder to company. Strongly connected components (JGraphT) narrow
 * the search to where loops can be; inside each, a depth-bounded search lists every simple cycle
 * of 3 to {@link #MAX_LENGTH} companies exactly once, starting from its smallest company id. Before
 * each search a backward breadth-first pass marks how far every company is from the start, so the
 * search only enters companies from which it can still close a loop in time.
 */
final class MoneyLoopFinder {

    /** Loops longer than this are too diluted to be one scheme, and would make the search explode. */
    static final int MAX_LENGTH = 6;
    /** A bound on the output, so a dense web of deals cannot stall scoring. */
    static final int MAX_LOOPS = 10_000;

    private final String[] names;
    private final int[][] out;
    private final int[][] in;
    private final int[] component;
    private final Map<Long, List<Traceable>> links;
    private final List<MoneyLoop> found = new ArrayList<>();
    private final int[] distance;
    private final int[] stamp;
    private final boolean[] onPath;
    private final int[] path = new int[MAX_LENGTH];

    /** The loops found; {@code truncated} when the search stopped at {@link #MAX_LOOPS}. */
    record Result(List<MoneyLoop> loops, boolean truncated) {

        /** Per deal with a flow on a loop, its loops: shortest first, then by path. */
        Map<String, List<MoneyLoop>> byDeal() {
            Map<String, List<MoneyLoop>> byDeal = new HashMap<>();
            List<MoneyLoop> shortestFirst = new ArrayList<>(loops);
            Map<MoneyLoop, String> paths = new IdentityHashMap<>();
            loops.forEach(loop -> paths.put(loop, loop.path()));
            shortestFirst.sort(Comparator.comparingInt(MoneyLoop::length).thenComparing(paths::get));
            for (MoneyLoop loop : shortestFirst) {
                loop.links().stream().filter(Flow.class::isInstance).map(link -> ((Flow) link).dealId()).distinct()
                        .forEach(deal -> byDeal.computeIfAbsent(deal, key -> new ArrayList<>()).add(loop));
            }
            return byDeal;
        }
    }

    private MoneyLoopFinder(String[] names, Map<Long, List<Traceable>> links) {
        this.names = names;
        this.links = links;
        int n = names.length;
        List<List<Integer>> outs = new ArrayList<>();
        List<List<Integer>> ins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outs.add(new ArrayList<>());
            ins.add(new ArrayList<>());
        }
        links.keySet().forEach(key -> {
            int from = (int) (key / n);
            int to = (int) (key % n);
            outs.get(from).add(to);
            ins.get(to).add(from);
        });
        this.out = sortedArrays(outs);
        this.in = sortedArrays(ins);
        this.component = components(n, out);
        this.distance = new int[n];
        this.stamp = new int[n];
        Arrays.fill(stamp, -1);
        this.onPath = new boolean[n];
    }

    /** The loops of the portfolio, in a stable order. */
    static Result find(Portfolio portfolio) {
        Set<String> companies = new HashSet<>();
        portfolio.flows().forEach(flow -> {
            companies.add(flow.from());
            companies.add(flow.to());
        });
        portfolio.holdings().forEach(holding -> {
            companies.add(holding.holder());
            companies.add(holding.company());
        });
        String[] names = companies.toArray(String[]::new);
        Arrays.sort(names);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        Map<Long, List<Traceable>> links = new HashMap<>();
        long n = names.length;
        portfolio.flows().forEach(flow -> links.computeIfAbsent(index.get(flow.from()) * n + index.get(flow.to()),
                key -> new ArrayList<>()).add(flow));
        portfolio.holdings().forEach(holding -> links.computeIfAbsent(
                index.get(holding.holder()) * n + index.get(holding.company()), key -> new ArrayList<>()).add(holding));
        MoneyLoopFinder finder = new MoneyLoopFinder(names, links);
        boolean complete = finder.search();
        return new Result(List.copyOf(finder.found), !complete);
    }

    /** Strongly connected components by JGraphT, as a component number per company; -1 for components under 3. */
    private static int[] components(int n, int[][] out) {
        Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) {
            graph.addVertex(v);
        }
        for (int v = 0; v < n; v++) {
            for (int w : out[v]) {
                graph.addEdge(v, w);
            }
        }
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int number = 0;
        for (Set<Integer> members : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (members.size() >= 3) {
                for (int member : members) {
                    component[member] = number;
                }
                number++;
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
                    if (found.size() >= MAX_LOOPS) {
                        return false;
                    }
                    found.add(loop(length));
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

    private MoneyLoop loop(int length) {
        List<String> companies = new ArrayList<>();
        List<Traceable> hops = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            companies.add(names[path[i]]);
            hops.addAll(links.get((long) path[i] * names.length + path[(i + 1) % length]));
        }
        return new MoneyLoop(new Cycle(companies, hops.stream().map(Traceable::ref).toList()), hops);
    }

    private static int[][] sortedArrays(List<List<Integer>> lists) {
        int[][] arrays = new int[lists.size()][];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = lists.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return arrays;
    }
}
