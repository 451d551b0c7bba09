package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Deal;

/** A deal one of whose flows carries value along a {@link MoneyLoop}. */
public record OnLoop(Deal deal, MoneyLoop loop) implements InDeal, EvidenceSource {

    @Override
    public java.util.List<? extends dev.bubblerisk.model.Traceable> evidence() {
        return loop.links();
    }
}
