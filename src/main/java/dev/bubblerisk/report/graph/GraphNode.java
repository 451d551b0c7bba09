package dev.bubblerisk.report.graph;

import java.util.List;

/**
 * A company in the money-flow graph.
 *
 * @param loops the numbers (from 1, in the order of the report's cycles) of the loops of value through the company
 */
public record GraphNode(String id, String name, List<Integer> loops) {

    public GraphNode {
        loops = List.copyOf(loops);
    }

    public boolean onLoop() {
        return !loops.isEmpty();
    }
}
