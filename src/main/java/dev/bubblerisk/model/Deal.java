package dev.bubblerisk.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One announced agreement between companies, made of flows of value.
 *
 * @param title     a human-readable name, or {@code null}
 * @param announced when it was announced, or {@code null}
 * @param binding   {@code false} for a letter of intent or an "up to" headline
 * @param termYears the contract term, or {@code null}
 */
public record Deal(
        String id,
        String title,
        PartialDate announced,
        boolean binding,
        BigDecimal termYears,
        List<Flow> flows,
        List<Reaction> reactions,
        List<String> sources,
        SourceLocation location) implements Traceable {

    public Deal {
        flows = List.copyOf(flows);
        reactions = List.copyOf(reactions);
        sources = List.copyOf(sources);
    }

    @Override
    public String kind() {
        return "deal";
    }

    @Override
    public String ref() {
        return id;
    }
}
