package dev.bubblerisk.engine;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.ruleapi.MoneyLoop;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Runs a {@link RuleBase} over a whole portfolio in one session, so rules can reason across
 * deals. Input facts are immutable records: rules read them and report through {@code findings}.
 * A rule that throws, keeps re-activating or never returns ends the run with a
 * {@link RuleExecutionException} naming it.
 */
public final class RuleEngine {

    /** The name of the global DRL files declare: {@code global Findings findings;}. */
    public static final String FINDINGS_GLOBAL = "findings";

    private RuleEngine() {
    }

    public static EngineResult run(RuleBase rules, Portfolio portfolio) {
        return run(rules, portfolio, EngineLimits.DEFAULT);
    }

    public static EngineResult run(RuleBase rules, Portfolio portfolio, EngineLimits limits) {
        Set<String> dealIds = portfolio.deals().stream().map(Deal::id).collect(Collectors.toSet());
        FindingCollector collector = new FindingCollector(rules, dealIds);
        MoneyLoopFinder.Result loops = MoneyLoopFinder.find(portfolio);
        KieSession session = rules.kieBase().newKieSession();
        try {
            if (declaresFindings(rules.kieBase())) {
                session.setGlobal(FINDINGS_GLOBAL, collector);
            }
            session.addEventListener(collector);
            insert(session, rules, portfolio, loops.loops());
            long maxFires = limits.maxFiresFor(session.getFactCount());
            long fired = SupervisedFiring.fire(session, maxFires, limits.timeout(), collector);
            if (fired >= maxFires) {
                throw new RuleExecutionException(collector.busiest() + " and the run was stopped at the limit of "
                        + maxFires + " firings (--max-fires): a rule that keeps inserting facts or re-activating itself"
                        + " never finishes", null);
            }
            return collector.result(loops);
        } finally {
            session.dispose();
        }
    }

    /** Puts the input, the derived facts and the rules' declared needs into {@code session}. */
    static void insert(KieSession session, RuleBase rules, Portfolio portfolio, List<MoneyLoop> loops) {
        for (Company company : portfolio.companies()) {
            session.insert(company);
            company.topCustomers().forEach(session::insert);
        }
        portfolio.holdings().forEach(session::insert);
        for (Deal deal : portfolio.deals()) {
            session.insert(deal);
            deal.flows().forEach(session::insert);
            deal.reactions().forEach(session::insert);
        }
        DerivedFacts.derive(portfolio, loops, rules.rules().stream().flatMap(rule -> rule.needs().stream()).toList(),
                session::insert);
    }

    private static boolean declaresFindings(KieBase kieBase) {
        return kieBase.getKiePackages().stream()
                .anyMatch(kiePackage -> kiePackage.getGlobalVariables().stream()
                        .anyMatch(global -> global.getName().equals(FINDINGS_GLOBAL)));
    }
}
