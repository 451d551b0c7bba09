package dev.bubblerisk.engine;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.ruleapi.MoneyLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
        List<Object> facts = new ArrayList<>();
        int[] count = new int[1];
        Consumer<Object> add = fact -> {
            count[0]++;
            if (rules.matches(fact)) {
                facts.add(fact);
            }
        };
        for (Company company : portfolio.companies()) {
            add.accept(company);
            company.topCustomers().forEach(add);
        }
        portfolio.holdings().forEach(add);
        for (Deal deal : portfolio.deals()) {
            add.accept(deal);
            deal.flows().forEach(add);
            deal.reactions().forEach(add);
        }
        DerivedFacts.derive(portfolio, loopsByDeal, rules.needs(), add);
        return new SessionFacts(facts, count[0]);
    }

    void insertInto(KieSession session) {
        facts.forEach(session::insert);
    }
}
