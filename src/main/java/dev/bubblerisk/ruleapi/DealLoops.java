package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Deal;
import java.util.List;

/** The loops of value a deal has a flow on, shortest first; one fact per deal on any loop. */
public record DealLoops(Deal deal, List<MoneyLoop> loops) implements InDeal {

    public DealLoops {
        loops = List.copyOf(loops);
    }

    public MoneyLoop shortest() {
        return loops.get(0);
    }
}
