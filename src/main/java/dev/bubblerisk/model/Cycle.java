package dev.bubblerisk.model;

import java.util.List;

/**
 * A directed loop of value through three or more companies.
 *
 * @param companies the companies in the order value moves, starting from the smallest id
 * @param flows     references of the flows and holdings that close the loop
 */
public record Cycle(List<String> companies, List<String> flows) {

    public Cycle {
        companies = List.copyOf(companies);
        flows = List.copyOf(flows);
    }
}
