package dev.bubblerisk.report.graph;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.Portfolio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The web of money between companies: every company of a portfolio, and one link per sender,
 * receiver and kind of value, each with the loops of value it lies on.
 *
 * @param nodes by company id
 * @param links by sender, receiver, then kind
 * @param loops how many loops of value the marks come from
 */
public record MoneyGraph(List<GraphNode> nodes, List<GraphLink> links, int loops) {

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::from).thenComparing(Key::to)
            .thenComparing(Key::kind);

    public MoneyGraph {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    public static MoneyGraph of(Portfolio portfolio, List<Cycle> cycles) {
        Map<String, SortedSet<Integer>> companyLoops = new HashMap<>();
        Map<String, SortedSet<Integer>> refLoops = new HashMap<>();
        for (int i = 0; i < cycles.size(); i++) {
            int number = i + 1;
            cycles.get(i).companies().forEach(id -> companyLoops.computeIfAbsent(id, key -> new TreeSet<>()).add(number));
            cycles.get(i).flows().forEach(ref -> refLoops.computeIfAbsent(ref, key -> new TreeSet<>()).add(number));
        }
        List<GraphNode> nodes = portfolio.companies().stream()
                .sorted(Comparator.comparing(Company::id))
                .map(company -> new GraphNode(company.id(), company.name(),
                        List.copyOf(companyLoops.getOrDefault(company.id(), new TreeSet<>()))))
                .toList();
        Map<Key, Accumulator> links = new TreeMap<>(KEY_ORDER);
        portfolio.flows().forEach(flow -> links.computeIfAbsent(new Key(flow.from(), flow.to(), LinkKind.of(flow.type())),
                key -> new Accumulator()).add(flow));
        for (Holding holding : portfolio.holdings()) {
            links.computeIfAbsent(new Key(holding.holder(), holding.company(), LinkKind.STAKE), key -> new Accumulator())
                    .add(holding);
        }
        List<GraphLink> drawn = links.entrySet().stream()
                .map(entry -> entry.getValue().link(entry.getKey(), refLoops))
                .toList();
        return new MoneyGraph(nodes, drawn, cycles.size());
    }

    private record Key(String from, String to, LinkKind kind) {
    }

    /** Gathers the flows or holdings of one link. */
    private static final class Accumulator {
        private final List<String> refs = new ArrayList<>();
        private BigDecimal amount;
        private int undisclosed;
        private BigDecimal stake;

        void add(Flow flow) {
            refs.add(flow.ref());
            if (flow.hasAmount()) {
                amount = amount == null ? flow.amount() : amount.add(flow.amount());
            } else {
                undisclosed++;
            }
        }

        void add(Holding holding) {
            refs.add(holding.ref());
            stake = holding.stake();
        }

        GraphLink link(Key key, Map<String, SortedSet<Integer>> refLoops) {
            SortedSet<Integer> loops = new TreeSet<>();
            refs.forEach(ref -> loops.addAll(refLoops.getOrDefault(ref, new TreeSet<>())));
            return new GraphLink(key.from(), key.to(), key.kind(), amount, undisclosed, stake, refs, List.copyOf(loops));
        }
    }
}
