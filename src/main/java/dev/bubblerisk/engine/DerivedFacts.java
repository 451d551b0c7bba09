package dev.bubblerisk.engine;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.FlowType;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.ruleapi.Commitment;
import dev.bubblerisk.ruleapi.Counterparty;
import dev.bubblerisk.ruleapi.MoneyLoop;
import dev.bubblerisk.ruleapi.DealLoops;
import dev.bubblerisk.ruleapi.Need;
import dev.bubblerisk.ruleapi.Party;
import dev.bubblerisk.ruleapi.ReturnFlow;
import dev.bubblerisk.ruleapi.Role;
import dev.bubblerisk.ruleapi.Supply;
import dev.bubblerisk.ruleapi.SupplyPair;
import dev.bubblerisk.ruleapi.UnmetNeeds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The shared matching every rule stands on, worked out once in Java: who buys from whom in each
 * deal ({@link Supply}, {@link Party}), each company in each role across the deals
 * ({@link Counterparty}), which flows and stakes give value back from a supplier to its buyer
 * ({@link ReturnFlow}), each buyer–supplier pair's supplies across deals ({@link SupplyPair}), what
 * each buyer has committed across all deals ({@link Commitment}), which deals lie on loops of value
 * ({@link DealLoops}), and which of a rule's declared needs a company does not meet in its role
 * ({@link UnmetNeeds}). A portfolio scored in batches gets the loops that run through its own
 * deals, and a company's counterparty fact holds its deals in the batch.
 */
final class DerivedFacts {

    private final Map<List<String>, List<Holding>> holdingsByPair = new HashMap<>();
    private final Map<List<String>, List<Supply>> suppliesByPair = new LinkedHashMap<>();
    /** Per role, each company's parties, in input order. */
    private final Map<Role, Map<String, List<Party>>> partiesByRole = new EnumMap<>(Role.class);

    private DerivedFacts(Portfolio portfolio) {
        for (Role role : Role.values()) {
            partiesByRole.put(role, new LinkedHashMap<>());
        }
        portfolio.holdings().forEach(holding -> holdingsByPair
                .computeIfAbsent(List.of(holding.holder(), holding.company()), pair -> new ArrayList<>()).add(holding));
    }

    /**
     * Hands every derived fact of the portfolio to {@code sink}, deal by deal, then across deals.
     *
     * @param needs every {@code @needs} group of the ruleset
     */
    static void derive(Portfolio portfolio, Map<String, List<MoneyLoop>> loopsByDeal, List<Need> needs,
                       Consumer<Object> sink) {
        DerivedFacts facts = new DerivedFacts(portfolio);
        Map<String, Company> companies = new HashMap<>();
        portfolio.companies().forEach(company -> companies.put(company.id(), company));
        // The loops through these deals, each once, told apart by identity as the search makes one of
        // each: a loop's own hash goes through every one of its links.
        List<MoneyLoop> loops = new ArrayList<>();
        Set<MoneyLoop> met = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Deal deal : portfolio.deals()) {
            facts.ofDeal(deal, companies, sink);
            List<MoneyLoop> onLoops = loopsByDeal.get(deal.id());
            if (onLoops != null) {
                sink.accept(new DealLoops(deal, onLoops));
                for (MoneyLoop loop : onLoops) {
                    if (met.add(loop)) {
                        loops.add(loop);
                    }
                }
            }
        }
        facts.counterparties(needs, sink);
        facts.suppliesByPair.forEach((pair, supplies) -> sink.accept(new SupplyPair(pair.get(0), pair.get(1), supplies)));
        commitments(portfolio).forEach(sink);
        loops.forEach(sink);
    }

    private void ofDeal(Deal deal, Map<String, Company> companies, Consumer<Object> sink) {
        List<Supply> supplies = supplies(deal);
        if (supplies.size() == 1) { // one buyer and one supplier, as in most deals: no grouping to do
            Supply supply = supplies.get(0);
            supplied(deal, supply, sink);
            party(new Party(deal, Role.BUYER, supply.buyer(), companies.get(supply.buyer()), supply.flows()), sink);
            party(new Party(deal, Role.SUPPLIER, supply.supplier(), companies.get(supply.supplier()), supply.flows()), sink);
            return;
        }
        Map<String, List<Flow>> bought = new LinkedHashMap<>();
        Map<String, List<Flow>> sold = new LinkedHashMap<>();
        for (Supply supply : supplies) {
            supplied(deal, supply, sink);
            bought.computeIfAbsent(supply.buyer(), key -> new ArrayList<>()).addAll(supply.flows());
            sold.computeIfAbsent(supply.supplier(), key -> new ArrayList<>()).addAll(supply.flows());
        }
        bought.forEach((company, flows) -> party(new Party(deal, Role.BUYER, company, companies.get(company), flows), sink));
        sold.forEach((company, flows) -> party(new Party(deal, Role.SUPPLIER, company, companies.get(company), flows), sink));
    }

    /** The supply, counted in its pair, and the flows and stakes that give value back along it. */
    private void supplied(Deal deal, Supply supply, Consumer<Object> sink) {
        sink.accept(supply);
        suppliesByPair.computeIfAbsent(List.of(supply.buyer(), supply.supplier()), pair -> new ArrayList<>()).add(supply);
        for (Flow flow : deal.flows()) {
            if (flow.from().equals(supply.supplier()) && flow.to().equals(supply.buyer())) {
                sink.accept(new ReturnFlow(supply, flow.type(), flow));
            }
        }
        for (Holding stake : holdingsByPair.getOrDefault(List.of(supply.supplier(), supply.buyer()), List.of())) {
            sink.accept(new ReturnFlow(supply, FlowType.INVESTMENT, stake));
        }
    }

    private void party(Party party, Consumer<Object> sink) {
        sink.accept(party);
        partiesByRole.get(party.role()).computeIfAbsent(party.company(), company -> new ArrayList<>()).add(party);
    }

    /** Each company in each role across the deals, and the needs it does not meet there. */
    private void counterparties(List<Need> needs, Consumer<Object> sink) {
        partiesByRole.forEach((role, byCompany) -> byCompany.forEach((company, parties) -> {
            Company profile = parties.get(0).profile();
            Counterparty counterparty = new Counterparty(role, company, profile, parties);
            sink.accept(counterparty);
            List<Need> unmet = profile == null ? List.of() : unmet(profile, role, needs);
            if (!unmet.isEmpty()) {
                sink.accept(new UnmetNeeds(counterparty, unmet));
            }
        }));
    }

    /** The needs of {@code role} that {@code company} gives none of the alternatives for. */
    private static List<Need> unmet(Company company, Role role, List<Need> needs) {
        List<Need> unmet = new ArrayList<>(0);
        for (Need need : needs) {
            if (need.role() == role && !company.hasAny(need.anyOf())) {
                unmet.add(need);
            }
        }
        return unmet;
    }

    /** The deal's purchase and lease flows grouped by buyer and supplier, in input order. */
    static List<Supply> supplies(Deal deal) {
        List<Flow> flows = deal.flows();
        Flow first = null;
        List<Flow> ofFirst = null;
        for (Flow flow : flows) { // most deals have one pair: found without a map
            if (!flow.type().isSupply()) {
                continue;
            }
            if (first == null) {
                first = flow;
                ofFirst = new ArrayList<>(flows.size());
            } else if (!flow.from().equals(first.from()) || !flow.to().equals(first.to())) {
                return grouped(deal);
            }
            ofFirst.add(flow);
        }
        return first == null ? List.of() : List.of(new Supply(deal, first.from(), first.to(), ofFirst));
    }

    private static List<Supply> grouped(Deal deal) {
        Map<List<String>, List<Flow>> byPair = new LinkedHashMap<>();
        for (Flow flow : deal.flows()) {
            if (flow.type().isSupply()) {
                byPair.computeIfAbsent(List.of(flow.from(), flow.to()), pair -> new ArrayList<>()).add(flow);
            }
        }
        List<Supply> supplies = new ArrayList<>(byPair.size());
        byPair.forEach((pair, flows) -> supplies.add(new Supply(deal, pair.get(0), pair.get(1), flows)));
        return supplies;
    }

    /** Each buyer's disclosed purchase and lease amounts across every deal. */
    static List<Commitment> commitments(Portfolio portfolio) {
        Map<String, List<Flow>> flowsByBuyer = new LinkedHashMap<>();
        Map<String, List<Deal>> dealsByBuyer = new HashMap<>();
        for (Deal deal : portfolio.deals()) {
            for (Flow flow : deal.flows()) {
                if (flow.type().isSupply() && flow.hasAmount()) {
                    flowsByBuyer.computeIfAbsent(flow.from(), key -> new ArrayList<>()).add(flow);
                    List<Deal> deals = dealsByBuyer.computeIfAbsent(flow.from(), key -> new ArrayList<>());
                    if (deals.isEmpty() || deals.get(deals.size() - 1) != deal) {
                        deals.add(deal);
                    }
                }
            }
        }
        List<Commitment> commitments = new ArrayList<>(flowsByBuyer.size());
        flowsByBuyer.forEach((buyer, flows) -> {
            BigDecimal total = BigDecimal.ZERO;
            for (Flow flow : flows) {
                total = total.add(flow.amount());
            }
            commitments.add(new Commitment(buyer, total, flows, dealsByBuyer.get(buyer)));
        });
        return commitments;
    }
}
