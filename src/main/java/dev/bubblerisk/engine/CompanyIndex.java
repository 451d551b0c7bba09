package dev.bubblerisk.engine;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.model.Reaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Every company a portfolio names, numbered once, and the companies of each flow, reaction and
 * holding by number, so that the cut into batches and the loop search both work from arrays
 * rather than each going through the deals' objects: reaching a million deals' flows in memory
 * is what costs, not looking their ids up. The companies of the portfolio's list are numbered by
 * their place in it, any other company named after them. A large portfolio's deals are gone
 * through in two halves, on the calling thread and a helper.
 */
final class CompanyIndex {

    /** Below this many deals, one thread goes through them all. */
    private static final int HALVED_FROM = 20_000;

    /** How many companies the portfolio's list has: the numbers below this are theirs, in its order. */
    final int listed;
    /** Each number's company id. */
    final String[] names;
    /** Per deal, where its flows start in {@link #from}, {@link #to} and {@link #supply}; one more at the end. */
    final int[] flowsFrom;
    /** Per flow, every deal's in input order: the company it leaves. */
    final int[] from;
    /** Per flow: the company it reaches. */
    final int[] to;
    /** Per flow: whether it is a purchase or lease, whose {@code from} is a buyer. */
    final boolean[] supply;
    /** Per flow: the flow itself, so that a search can reach the few it wants without going through their deals. */
    final Flow[] flows;
    /** Every pair of companies some flow runs between, from the first to the second, once. */
    final CompanyPairs pairs;
    /** Per deal, where its reactions start in {@link #reacting}; one more at the end. */
    final int[] reactionsFrom;
    /** Per reaction, every deal's in input order: its company. */
    final int[] reacting;
    /** Per holding, in input order: its holder. */
    final int[] holder;
    /** Per holding: the company held. */
    final int[] held;

    private CompanyIndex(int listed, String[] names, FlowNumbers deals, int[] holder, int[] held) {
        this.listed = listed;
        this.names = names;
        this.flowsFrom = deals.flowsFrom;
        this.from = deals.from;
        this.to = deals.to;
        this.supply = deals.supply;
        this.flows = deals.flowObjects;
        this.pairs = deals.pairs;
        this.reactionsFrom = deals.reactionsFrom;
        this.reacting = deals.reacting;
        this.holder = holder;
        this.held = held;
    }

    /** The index of {@code portfolio}, its deals gone through on this thread alone. */
    static CompanyIndex of(Portfolio portfolio) {
        return of(portfolio, null);
    }

    /**
     * The index of {@code portfolio}; a large one's second half of deals is gone through on
     * {@code helper} meanwhile, when given.
     */
    static CompanyIndex of(Portfolio portfolio, ExecutorService helper) {
        return of(portfolio, helper, HALVED_FROM);
    }

    /** @param halvedFrom the fewest deals gone through in halves */
    static CompanyIndex of(Portfolio portfolio, ExecutorService helper, int halvedFrom) {
        CompanyNumbers numbers = listedNumbers(portfolio.companies());
        List<Deal> deals = portfolio.deals();
        FlowNumbers all;
        if (helper == null || deals.size() < halvedFrom) {
            all = FlowNumbers.of(deals, numbers);
        } else {
            int middle = deals.size() / 2;
            Future<FlowNumbers> second = helper.submit(() -> FlowNumbers.of(deals.subList(middle, deals.size()), numbers));
            FlowNumbers first = FlowNumbers.of(deals.subList(0, middle), numbers);
            all = first.then(HelperThread.result(second));
        }
        return of(portfolio, numbers, all);
    }

    /** Each listed company's number: its place in the list (the first place, for an id listed twice). */
    private static CompanyNumbers listedNumbers(List<Company> companies) {
        CompanyNumbers numbers = new CompanyNumbers(companies.size());
        for (int i = 0; i < companies.size(); i++) {
            numbers.putIfAbsent(companies.get(i).id(), i);
        }
        return numbers;
    }

    /**
     * The index of {@code portfolio}, whose deals' flows and reactions {@code all} holds in order,
     * numbered by {@code numbers}: every listed company's number, and -1 for any other company.
     */
    private static CompanyIndex of(Portfolio portfolio, CompanyNumbers numbers, FlowNumbers all) {
        List<Company> companies = portfolio.companies();
        Numbering numbering = new Numbering(companies, numbers);
        if (all.unknown) { // companies named but not listed, as a portfolio made in code may have
            all.numberUnknown(portfolio.deals(), numbering);
        }
        List<Holding> holdings = portfolio.holdings();
        int[] holder = new int[holdings.size()];
        int[] held = new int[holdings.size()];
        for (int i = 0; i < holdings.size(); i++) {
            holder[i] = numbering.number(holdings.get(i).holder());
            held[i] = numbering.number(holdings.get(i).company());
        }
        return new CompanyIndex(companies.size(), numbering.names(), all, holder, held);
    }

    /** How many companies are numbered. */
    int companies() {
        return names.length;
    }

    /** The companies of the portfolio's list by number, then any other as first met. */
    private static final class Numbering {
        private final CompanyNumbers numbers;
        private final String[] listed;
        private final List<String> met = new ArrayList<>();

        Numbering(List<Company> companies, CompanyNumbers numbers) {
            this.numbers = numbers;
            this.listed = companies.stream().map(Company::id).toArray(String[]::new);
        }

        int number(String company) {
            int next = listed.length + met.size();
            int number = numbers.putIfAbsent(company, next);
            if (number == next) {
                met.add(company);
            }
            return number;
        }

        String[] names() {
            String[] names = Arrays.copyOf(listed, listed.length + met.size());
            for (int i = 0; i < met.size(); i++) {
                names[listed.length + i] = met.get(i);
            }
            return names;
        }
    }

    /**
     * The flows and reactions of a run of deals, added in order: their listed companies by number,
     * any other as -1 for now.
     */
    private static final class FlowNumbers {
        private int[] flowsFrom;
        private int[] from;
        private int[] to;
        private boolean[] supply;
        private Flow[] flowObjects;
        private final CompanyPairs pairs = new CompanyPairs();
        private int[] reactionsFrom;
        private int[] reacting;
        private int deals;
        private int flows;
        private int reactions;
        private boolean unknown;

        /** @param expectedDeals how many deals to make room for at first */
        FlowNumbers(int expectedDeals) {
            flowsFrom = new int[expectedDeals + 1];
            reactionsFrom = new int[expectedDeals + 1];
            int guess = 4 * expectedDeals + 16;
            from = new int[guess];
            to = new int[guess];
            supply = new boolean[guess];
            flowObjects = new Flow[guess];
            reacting = new int[expectedDeals / 4 + 16];
        }

        static FlowNumbers of(List<Deal> deals, CompanyNumbers numbers) {
            FlowNumbers all = new FlowNumbers(deals.size());
            for (int d = 0; d < deals.size(); d++) {
                all.add(deals.get(d), numbers);
            }
            return all;
        }

        /** Adds the next deal's flows and reactions, their companies numbered by {@code numbers}. */
        void add(Deal deal, CompanyNumbers numbers) {
            if (deals + 1 == flowsFrom.length) {
                flowsFrom = Arrays.copyOf(flowsFrom, 2 * flowsFrom.length);
                reactionsFrom = Arrays.copyOf(reactionsFrom, 2 * reactionsFrom.length);
            }
            flowsFrom[deals] = flows;
            reactionsFrom[deals] = reactions;
            for (Flow each : deal.flows()) {
                if (flows == from.length) {
                    from = Arrays.copyOf(from, 2 * flows);
                    to = Arrays.copyOf(to, 2 * flows);
                    supply = Arrays.copyOf(supply, 2 * flows);
                    flowObjects = Arrays.copyOf(flowObjects, 2 * flows);
                }
                from[flows] = number(each.from(), numbers);
                to[flows] = number(each.to(), numbers);
                if (from[flows] >= 0 && to[flows] >= 0) {
                    pairs.add(from[flows], to[flows]);
                }
                supply[flows] = each.type().isSupply();
                flowObjects[flows++] = each;
            }
            for (Reaction reaction : deal.reactions()) {
                if (reactions == reacting.length) {
                    reacting = Arrays.copyOf(reacting, 2 * reactions);
                }
                reacting[reactions++] = number(reaction.company(), numbers);
            }
            deals++;
            flowsFrom[deals] = flows;
            reactionsFrom[deals] = reactions;
        }

        private int number(String company, CompanyNumbers numbers) {
            int number = numbers.get(company);
            if (number == CompanyNumbers.NONE) {
                unknown = true;
            }
            return number;
        }

        /** These deals followed by {@code second}'s: one run of all their deals. */
        FlowNumbers then(FlowNumbers second) {
            flowsFrom = Arrays.copyOf(flowsFrom, deals + second.deals + 1);
            reactionsFrom = Arrays.copyOf(reactionsFrom, deals + second.deals + 1);
            for (int d = 0; d <= second.deals; d++) {
                flowsFrom[deals + d] = flows + second.flowsFrom[d];
                reactionsFrom[deals + d] = reactions + second.reactionsFrom[d];
            }
            from = joined(from, flows, second.from, second.flows);
            to = joined(to, flows, second.to, second.flows);
            boolean[] supplies = Arrays.copyOf(supply, flows + second.flows);
            System.arraycopy(second.supply, 0, supplies, flows, second.flows);
            supply = supplies;
            Flow[] joinedFlows = Arrays.copyOf(flowObjects, flows + second.flows);
            System.arraycopy(second.flowObjects, 0, joinedFlows, flows, second.flows);
            flowObjects = joinedFlows;
            reacting = joined(reacting, reactions, second.reacting, second.reactions);
            pairs.addAll(second.pairs);
            deals += second.deals;
            flows += second.flows;
            reactions += second.reactions;
            unknown |= second.unknown;
            return this;
        }

        private static int[] joined(int[] first, int length, int[] second, int secondLength) {
            int[] joined = Arrays.copyOf(first, length + secondLength);
            System.arraycopy(second, 0, joined, length, secondLength);
            return joined;
        }

        /** Numbers the companies no list names, in the order the deals name them. */
        void numberUnknown(List<Deal> deals, Numbering numbering) {
            for (int d = 0; d < deals.size(); d++) {
                List<Flow> dealFlows = deals.get(d).flows();
                for (int i = 0; i < dealFlows.size(); i++) {
                    int flow = flowsFrom[d] + i;
                    if (from[flow] < 0 || to[flow] < 0) {
                        if (from[flow] < 0) {
                            from[flow] = numbering.number(dealFlows.get(i).from());
                        }
                        if (to[flow] < 0) {
                            to[flow] = numbering.number(dealFlows.get(i).to());
                        }
                        pairs.add(from[flow], to[flow]);
                    }
                }
                List<Reaction> dealReactions = deals.get(d).reactions();
                for (int i = 0; i < dealReactions.size(); i++) {
                    if (reacting[reactionsFrom[d] + i] < 0) {
                        reacting[reactionsFrom[d] + i] = numbering.number(dealReactions.get(i).company());
                    }
                }
            }
        }
    }
}
