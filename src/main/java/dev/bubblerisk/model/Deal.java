package dev.bubblerisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One announced agreement between companies, made of flows of value.
 *
 * @param title     a human-readable name, or {@code null}
 * @param announced when it was announced, or {@code null}
 * @param binding   {@code false} for a letter of intent or an "up to" headline
 * @param termYears the contract term, or {@code null}
 * @param asOf      the date the deal's file describes ({@code as_of})
 * @param largestFlow  the flow with the largest disclosed amount (the first in input order on a
 *                     tie), or {@code null}: worked out from {@code flows}, whatever is passed
 * @param hasTiedFlows whether a flow of the deal is tied to another ({@code tied_to}): worked out
 *                     from {@code flows}, whatever is passed
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
        LocalDate asOf,
        SourceLocation location,
        Flow largestFlow,
        boolean hasTiedFlows) implements Traceable {

    /**
     * The last two components are worked out here, once, while the flows are at hand: rules ask
     * them of every deal, and going through each deal's flows again then had cost the rules' thread
     * 0.3 s of processor time in a million-deal run (the flows no longer in the processor's caches).
     */
    public Deal {
        flows = List.copyOf(flows);
        reactions = List.copyOf(reactions);
        sources = List.copyOf(sources);
        largestFlow = largestOf(flows);
        hasTiedFlows = anyTied(flows);
    }

    /** A deal whose largest flow and tied flows are worked out from {@code flows}. */
    public Deal(String id, String title, PartialDate announced, boolean binding, BigDecimal termYears, List<Flow> flows,
                List<Reaction> reactions, List<String> sources, LocalDate asOf, SourceLocation location) {
        this(id, title, announced, binding, termYears, flows, reactions, sources, asOf, location, null, false);
    }

    @Override
    public String kind() {
        return "deal";
    }

    /** By id alone: cheap for the rule engine's indexes, and equal deals have equal ids. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Deal deal && id.equals(deal.id) && location.equals(deal.location)
                && java.util.Objects.equals(title, deal.title) && java.util.Objects.equals(announced, deal.announced)
                && binding == deal.binding && java.util.Objects.equals(termYears, deal.termYears) && flows.equals(deal.flows)
                && reactions.equals(deal.reactions) && sources.equals(deal.sources) && java.util.Objects.equals(asOf, deal.asOf);
    }

    @Override
    public String ref() {
        return id;
    }

    /** The same deal, describing the facts of {@code date}. */
    public Deal withAsOf(LocalDate date) {
        return new Deal(id, title, announced, binding, termYears, flows, reactions, sources, date, location);
    }

    private static Flow largestOf(List<Flow> flows) {
        Flow largest = null;
        for (Flow flow : flows) {
            if (flow.hasAmount() && (largest == null || flow.amount().compareTo(largest.amount()) > 0)) {
                largest = flow;
            }
        }
        return largest;
    }

    /** The largest disclosed amount of any flow, or {@code null} when none is disclosed. */
    public BigDecimal largestAmount() {
        return largestFlow == null ? null : largestFlow.amount();
    }

    private static boolean anyTied(List<Flow> flows) {
        for (Flow flow : flows) {
            if (flow.tiedTo() != null) {
                return true;
            }
        }
        return false;
    }

    /** The first day the deal can have been announced, or {@code null} when the date is not given. */
    public LocalDate announcedOn() {
        return announced == null ? null : announced.earliest();
    }

    /** The year the deal belongs to: announced, or else the year of the facts ({@code as_of}). */
    public int year() {
        return announced != null ? announced.year() : asOf.getYear();
    }
}
