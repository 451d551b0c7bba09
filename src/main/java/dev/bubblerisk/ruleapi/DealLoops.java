package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Traceable;
import java.util.List;

/** The loops of value a deal has a flow on, shortest first; one fact per deal on any loop. */
public record DealLoops(Deal deal, List<MoneyLoop> loops) implements InDeal, EvidenceSource {

    public DealLoops {
        loops = List.copyOf(loops);
    }

    public MoneyLoop shortest() {
        return loops.get(0);
    }

    @Override
    public List<? extends Traceable> evidence() {
        return loops.stream().flatMap(loop -> loop.links().stream()).distinct().toList();
    }
}
