package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.FlowType;
import dev.bubblerisk.model.Traceable;
import java.util.List;

/**
 * Value that goes back from a supplier to its own buyer — the shape of vendor financing: a flow of
 * the same deal from supplier to buyer (equity, a loan, a guarantee, a lease of the buyer's
 * capacity), or a stake the supplier already holds in the buyer. A holding counts as an
 * {@link FlowType#INVESTMENT}: value that went from holder to company.
 *
 * @param supply the buyer–supplier relation the value answers
 * @param type   the kind of value
 * @param source the {@code Flow} or {@code Holding} that carries it
 */
public record ReturnFlow(Supply supply, FlowType type, Traceable source) implements InDeal, EvidenceSource {

    @Override
    public Deal deal() {
        return supply.deal();
    }

    @Override
    public List<? extends Traceable> evidence() {
        return List.of(source);
    }
}
