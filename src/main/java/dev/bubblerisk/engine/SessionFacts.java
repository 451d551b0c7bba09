package dev.bubblerisk.engine;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.CustomerShare;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.model.Reaction;
import dev.bubblerisk.ruleapi.MoneyLoop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.drools.base.rule.EntryPointId;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.ObjectTypeConfigurationRegistry;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.reteoo.ObjectTypeConf;
import org.drools.core.rule.accessor.FactHandleFactory;
import org.kie.api.runtime.KieSession;

/**
 * The facts a session starts from, in the order they go in: the input elements, the facts derived
 * from them and the rules' declared needs. Worked out apart from the session, so the next batch's
 * can be made while the rules run on this one. Facts that no rule's pattern can match (see
 * {@link RuleBase#matches}) stay out of the session, but count towards {@link #count()}.
 *
 * @param facts the facts that go in
 * @param count all facts made, those that go in or not
 */
record SessionFacts(List<Object> facts, int count) {

    static SessionFacts of(RuleBase rules, Portfolio portfolio, Map<String, List<MoneyLoop>> loopsByDeal) {
        Gathering facts = new Gathering(rules);
        // The input's types are records, so a type no pattern can match has no element that can.
        boolean companies = rules.matchesFactsOf(Company.class);
        boolean customers = rules.matchesFactsOf(CustomerShare.class);
        boolean flows = rules.matchesFactsOf(Flow.class);
        boolean reactions = rules.matchesFactsOf(Reaction.class);
        for (Company company : portfolio.companies()) {
            facts.accept(company, companies);
            facts.acceptAll(company.topCustomers(), customers);
        }
        facts.acceptAll(portfolio.holdings(), rules.matchesFactsOf(Holding.class));
        for (Deal deal : portfolio.deals()) {
            facts.accept(deal);
            facts.acceptAll(deal.flows(), flows);
            facts.acceptAll(deal.reactions(), reactions);
        }
        DerivedFacts.derive(portfolio, loopsByDeal, rules.needs(), facts);
        return new SessionFacts(facts.facts, facts.count);
    }

    /**
     * Inserts the facts through the session's default entry point, to which the session's own
     * {@code insert} hands each fact after checking that the session is still alive: a new session
     * is, and a million checks cost the main thread 0.1 s. In Drools' sequential mode (see
     * {@link SinglePass}) the entry point's insert only makes the fact's handle and propagates it:
     * no lock, no check that the object is in already, no truth maintenance. That is done here as
     * it does it, but for two things. Each fact type's configuration is looked up once per session
     * rather than once per fact, whose lookup tests the fact against two interfaces it does not
     * implement, which this JVM does by scanning the class's interfaces. And the session's count of
     * operations under way is not kept: it dates the session's last idle moment, which only a pool
     * of sessions reads. At 100,000 deals (389,080 facts in 100 sessions) inserting took 62–87 ms a
     * round against 75–100 ms, the firing as long (nine rounds in each of three JVMs, alternated).
     */
    void insertInto(KieSession session) {
        InternalWorkingMemoryEntryPoint entry =
                (InternalWorkingMemoryEntryPoint) session.getEntryPoint(EntryPointId.DEFAULT.getEntryPointId());
        ReteEvaluator evaluator = entry.getReteEvaluator();
        if (!evaluator.isSequential()) {
            facts.forEach(entry::insert);
            return;
        }
        ObjectTypeConfigurationRegistry registry = entry.getObjectTypeConfigurationRegistry();
        FactHandleFactory handles = entry.getHandleFactory();
        Map<Class<?>, ObjectTypeConf> byType = new HashMap<>();
        for (Object fact : facts) {
            ObjectTypeConf type = byType.get(fact.getClass());
            if (type == null) {
                type = registry.getOrCreateObjectTypeConf(entry.getEntryPoint(), fact);
                byType.put(fact.getClass(), type);
            }
            entry.insert(handles.newFactHandle(fact, type, evaluator, entry), fact, null, null, type);
        }
    }

    /** The facts made for a session, counted, and those some rule's pattern can match kept. */
    private static final class Gathering implements Consumer<Object> {
        private final RuleBase rules;
        private final List<Object> facts = new ArrayList<>();
        private int count;

        Gathering(RuleBase rules) {
            this.rules = rules;
        }

        @Override
        public void accept(Object fact) {
            count++;
            if (rules.matches(fact)) {
                facts.add(fact);
            }
        }

        /** A fact of a type that some pattern can match ({@code typeMatches}), or else only counted. */
        void accept(Object fact, boolean typeMatches) {
            if (typeMatches) {
                accept(fact);
            } else {
                count++;
            }
        }

        /**
         * Facts of a type that some pattern can match ({@code typeMatches}), or else only counted,
         * without reaching each of them in memory: a million deals have three million flows.
         */
        void acceptAll(List<?> elements, boolean typeMatches) {
            if (typeMatches) {
                elements.forEach(this);
            } else {
                count += elements.size();
            }
        }
    }
}
