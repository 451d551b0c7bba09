package dev.bubblerisk.engine;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Reaction;
import dev.bubblerisk.ruleapi.InDeal;
import dev.bubblerisk.ruleapi.InDeals;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which deals a fact belongs to, for messages and probes: one, or for a company's fact
 * ({@link InDeals}) each of its deals; companies and holdings belong to none.
 */
final class FactDeals {

    private FactDeals() {
    }

    static List<String> dealsOf(Object fact) {
        if (fact instanceof Deal deal) {
            return List.of(deal.id());
        }
        if (fact instanceof InDeal inDeal) {
            return List.of(inDeal.dealId());
        }
        if (fact instanceof Flow flow) {
            return List.of(flow.dealId());
        }
        if (fact instanceof Reaction reaction) {
            return List.of(reaction.dealId());
        }
        if (fact instanceof InDeals inDeals) {
            return inDeals.dealIds();
        }
        return List.of();
    }

    /** The first deal of the first fact of {@code facts} that has one. */
    static Optional<String> firstDealOf(Collection<?> facts) {
        return facts.stream().map(FactDeals::dealsOf).flatMap(List::stream).findFirst();
    }
}
