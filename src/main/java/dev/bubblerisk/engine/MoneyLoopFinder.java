package dev.bubblerisk.engine;

import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.model.Traceable;
import dev.bubblerisk.ruleapi.MoneyLoop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds the loops of value among companies: every flow is an edge from {@code from} to {@code to},
 * every holding an edge from holder to company. Strongly connected components (JGraphT) narrow
 * the search to where loops can be; inside each, a depth-bounded search lists every simple cycle
 * of 3 to {@code maxLength} companies exactly once, starting from its smallest company id.
 */
final class MoneyLoopFinder {

    /** Loops longer than this are too diluted to be one scheme, and would make the search explode. */
    static final int MAX_LENGTH = 6;
    /** A bound on the search, so a dense web of deals cannot stall scoring. */
    static final int MAX_LOOPS = 10_000;

    private final Map<String, Map<String, List<Traceable>>> links = new TreeMap<>();
    private final int maxLength;
    private final List<MoneyLoop> found = new ArrayList<>();
    private boolean truncated;

    private MoneyLoopFinder(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The loops of the portfolio, in a stable order. */
    static Result find(Portfolio portfolio) {
        MoneyLoopFinder finder = new MoneyLoopFinder(MAX_LENGTH);
        portfolio.flows().forEach(flow -> finder.link(flow.from(), flow.to(), flow));
        portfolio.holdings().forEach(holding -> finder.link(holding.holder(), holding.company(), holding));
        finder.search();
        return new Result(List.copyOf(finder.found), finder.truncated);
    }

    /** The loops found; {@code truncated} when the search stopped at {@link #MAX_LOOPS}. */
    record Result(List<MoneyLoop> loops, boolean truncated) {
    }

    private void link(String from, String to, Traceable link) {
        links.computeIfAbsent(from, key -> new TreeMap<>()).computeIfAbsent(to, key -> new ArrayList<>()).add(link);
    }

    private void search() {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        links.forEach((from, targets) -> targets.keySet().forEach(to -> {
            graph.addVertex(from);
            graph.addVertex(to);
            graph.addEdge(from, to);
        }));
        List<Set<String>> components = new GabowStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        List<TreeSet<String>> sorted = components.stream().filter(component -> component.size() >= 3)
                .map(TreeSet::new).sorted((a, b) -> a.first().compareTo(b.first())).toList();
        for (TreeSet<String> component : sorted) {
            for (String start : component) {
                List<String> path = new ArrayList<>(List.of(start));
                if (!walk(start, component, path)) {
                    truncated = true;
                    return;
                }
            }
        }
    }

    /** Extends {@code path} within {@code component} through companies ordered after its start; false when the bound is reached. */
    private boolean walk(String start, Set<String> component, List<String> path) {
        String last = path.get(path.size() - 1);
        for (String next : links.getOrDefault(last, Map.of()).keySet()) {
            if (next.equals(start) && path.size() >= 3) {
                if (found.size() >= MAX_LOOPS) {
                    return false;
                }
                found.add(loop(path));
            } else if (next.compareTo(start) > 0 && component.contains(next) && !path.contains(next)
                    && path.size() < maxLength) {
                path.add(next);
                boolean more = walk(start, component, path);
                path.remove(path.size() - 1);
                if (!more) {
                    return false;
                }
            }
        }
        return true;
    }

    private MoneyLoop loop(List<String> path) {
        List<Traceable> hops = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            hops.addAll(links.get(path.get(i)).get(path.get((i + 1) % path.size())));
        }
        return new MoneyLoop(new Cycle(path, hops.stream().map(Traceable::ref).toList()), hops);
    }

    /** Which deals have a flow on each loop. */
    static Map<String, List<MoneyLoop>> loopsByDeal(List<MoneyLoop> loops) {
        Map<String, List<MoneyLoop>> byDeal = new HashMap<>();
        for (MoneyLoop loop : loops) {
            loop.links().stream().filter(Flow.class::isInstance).map(link -> ((Flow) link).dealId()).distinct()
                    .forEach(deal -> byDeal.computeIfAbsent(deal, key -> new ArrayList<>()).add(loop));
        }
        return byDeal;
    }
}
