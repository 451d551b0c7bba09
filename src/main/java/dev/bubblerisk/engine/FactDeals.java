package dev.bubblerisk.engine;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Reaction;
import dev.bubblerisk.ruleapi.InDeal;
import java.util.Collection;
import java.util.Optional;

/** Which deal a fact belongs to, for messages and probes; companies and holdings belong to none. */
final class FactDeals {

    private FactDeals() {
    }

    static Optional<String> dealOf(Object fact) {
        if (fact instanceof Deal deal) {
            return Optional.of(deal.id());
        }
        if (fact instanceof InDeal inDeal) {
            return Optional.of(inDeal.dealId());
        }
        if (fact instanceof Flow flow) {
            return Optional.of(flow.dealId());
        }
        if (fact instanceof Reaction reaction) {
            return Optional.of(reaction.dealId());
        }
        return Optional.empty();
    }

    /** The deal of the first fact of {@code facts} that has one. */
    static Optional<String> firstDealOf(Collection<?> facts) {
        return facts.stream().map(FactDeals::dealOf).flatMap(Optional::stream).findFirst();
    }
}
