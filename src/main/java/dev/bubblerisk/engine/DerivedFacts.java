package dev.bubblerisk.engine;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.FlowType;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.ruleapi.Party;
import dev.bubblerisk.ruleapi.ReturnFlow;
import dev.bubblerisk.ruleapi.Role;
import dev.bubblerisk.ruleapi.Supply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared matching every rule stands on, worked out once in Java: who buys from whom in each
 * deal ({@link Supply}), which flows and stakes give value back from a supplier to its buyer
 * ({@link ReturnFlow}), and the deal's buyers and suppliers ({@link Party}).
 */
final class DerivedFacts {

    private DerivedFacts() {
    }

    /**
     * The derived facts of one deal.
     *
     * @param holdings standing stakes by {@code List.of(holder, company)}
     */
    static List<Object> of(Deal deal, Map<List<String>, List<Holding>> holdings) {
        List<Object> facts = new ArrayList<>();
        Set<Party> parties = new LinkedHashSet<>();
        for (Supply supply : supplies(deal)) {
            facts.add(supply);
            parties.add(new Party(deal.id(), Role.BUYER, supply.buyer()));
            parties.add(new Party(deal.id(), Role.SUPPLIER, supply.supplier()));
            for (Flow flow : deal.flows()) {
                if (flow.from().equals(supply.supplier()) && flow.to().equals(supply.buyer())) {
                    facts.add(new ReturnFlow(supply, flow.type(), flow));
                }
            }
            for (Holding stake : holdings.getOrDefault(List.of(supply.supplier(), supply.buyer()), List.of())) {
                facts.add(new ReturnFlow(supply, FlowType.INVESTMENT, stake));
            }
        }
        facts.addAll(parties);
        return facts;
    }

    /** Holdings by holder and company, for {@link #of}. */
    static Map<List<String>, List<Holding>> holdingsByPair(List<Holding> holdings) {
        Map<List<String>, List<Holding>> byPair = new HashMap<>();
        holdings.forEach(holding -> byPair.computeIfAbsent(List.of(holding.holder(), holding.company()),
                pair -> new ArrayList<>()).add(holding));
        return byPair;
    }

    /** The deal's purchase and lease flows grouped by buyer and supplier, in input order. */
    static List<Supply> supplies(Deal deal) {
        Map<List<String>, List<Flow>> byPair = new LinkedHashMap<>();
        for (Flow flow : deal.flows()) {
            if (flow.type().isSupply()) {
                byPair.computeIfAbsent(List.of(flow.from(), flow.to()), pair -> new ArrayList<>()).add(flow);
            }
        }
        return byPair.entrySet().stream()
                .map(pair -> new Supply(deal.id(), pair.getKey().get(0), pair.getKey().get(1), pair.getValue()))
                .toList();
    }
}
