package dev.bubblerisk.engine;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.ruleapi.MoneyLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;

/**
 * The facts a session starts from, in the order they go in: the input elements, the facts derived
 * from them and the rules' declared needs. Worked out apart from the session, so the next batch's
 * can be made while the rules run on this one.
 */
record SessionFacts(List<Object> facts) {

    static SessionFacts of(RuleBase rules, Portfolio portfolio, Map<String, List<MoneyLoop>> loopsByDeal) {
        List<Object> facts = new ArrayList<>();
        for (Company company : portfolio.companies()) {
            facts.add(company);
            facts.addAll(company.topCustomers());
        }
        facts.addAll(portfolio.holdings());
        for (Deal deal : portfolio.deals()) {
            facts.add(deal);
            facts.addAll(deal.flows());
            facts.addAll(deal.reactions());
        }
        DerivedFacts.derive(portfolio, loopsByDeal, rules.rules().stream().flatMap(rule -> rule.needs().stream()).toList(),
                facts::add);
        return new SessionFacts(facts);
    }

    void insertInto(KieSession session) {
        facts.forEach(session::insert);
    }
}
