package dev.bubblerisk.ruleapi;

import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.Traceable;
import java.util.ArrayList;
import java.util.List;

/**
 * A directed loop of value through three or more companies, across deals and holdings: money
 * that leaves a company comes back to it.
 *
 * @param cycle the companies in the order value moves, and the references of every link
 * @param links the flows and holdings that carry value along the loop, hop by hop
 */
public record MoneyLoop(Cycle cycle, List<Traceable> links) implements EvidenceSource {

    public MoneyLoop {
        links = List.copyOf(links);
    }

    /** "coreweave → nvidia → openai → coreweave". */
    public String path() {
        List<String> companies = new ArrayList<>(cycle.companies());
        companies.add(companies.get(0));
        return String.join(" → ", companies);
    }

    public int length() {
        return cycle.companies().size();
    }

    @Override
    public List<? extends Traceable> evidence() {
        return links;
    }
}
