package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Traceable;
import java.util.List;

/** A derived fact that stands for input elements; citing it cites them. */
public interface EvidenceSource {

    List<? extends Traceable> evidence();
}
