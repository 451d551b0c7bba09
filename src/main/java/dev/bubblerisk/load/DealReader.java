package dev.bubblerisk.load;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.FlowType;
import dev.bubblerisk.model.Reaction;
import dev.bubblerisk.yaml.BadValue;
import dev.bubblerisk.yaml.MapReader;
import dev.bubblerisk.yaml.Node;
import dev.bubblerisk.yaml.Problems;
import dev.bubblerisk.yaml.Suggestions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Reads one deal of a deal file: its fields, flows (unique ids, {@code tied_to} links), reactions and sources. */
final class DealReader {

    private static final List<String> DEAL_FIELDS = List.of(
            "id", "title", "announced", "binding", "term_years", "flows", "reactions", "sources");
    private static final List<String> FLOW_FIELDS = List.of(
            "id", "type", "from", "to", "amount", "quantity", "tied_to", "shares", "strike", "covers");
    private static final List<String> REACTION_FIELDS = List.of("company", "change");
    private static final List<String> FLOW_TYPES = Arrays.stream(FlowType.values()).map(FlowType::key).toList();
    private static final List<String> COVERS = List.of("debt", "capacity", "residual-value");

    private final Problems problems;
    private final CompanyReferences references;
    private final SharedText flowIds = new SharedText(1 << 16);

    DealReader(Problems problems, CompanyReferences references) {
        this.problems = problems;
        this.references = references;
    }

    /** @param asOf the file's {@code as_of}, or {@code null} when it has none */
    Deal deal(Node node, LocalDate asOf) {
        MapReader deal = MapReader.of(node, "deal", DEAL_FIELDS, problems);
        if (deal == null) {
            return null;
        }
        String id = nonBlank(deal, "id");
        deal.requireAll(id == null ? "deal" : "deal '" + id + "'", "id", "flows");
        String title = deal.text("title");
        var announced = deal.value("announced", Values::partialDate);
        Boolean binding = deal.bool("binding");
        BigDecimal termYears = deal.value("term_years", Values::positiveNumber);
        List<Node> flowNodes = deal.list("flows");
        if (deal.has("flows") && flowNodes.isEmpty() && deal.node("flows") instanceof Node.ListNode) {
            problems.add(deal.locationOf("flows"), "deal '" + id + "' must have at least one flow");
        }
        List<Flow> flows = flows(id, flowNodes);
        List<Reaction> reactions = deal.list("reactions").stream().map(reaction -> reaction(id, reaction))
                .filter(Objects::nonNull).toList();
        List<String> sources = deal.list("sources").stream().map(this::source).filter(Objects::nonNull).toList();
        if (id == null) {
            return null;
        }
        return new Deal(id, title, announced, binding == null || binding, termYears, flows, reactions, sources, asOf,
                deal.location());
    }

    private List<Flow> flows(String dealId, List<Node> nodes) {
        Map<String, Flow> byId = new LinkedHashMap<>();
        Map<Flow, MapReader> readers = new LinkedHashMap<>();
        Set<String> refused = new HashSet<>(); // ids of flows with problems of their own: no second message for ties to them
        for (Node node : nodes) {
            MapReader reader = MapReader.of(node, "flow", FLOW_FIELDS, problems);
            Flow flow = reader == null ? null : flow(dealId, reader);
            if (flow == null) {
                if (reader != null && reader.text("id") != null) {
                    refused.add(reader.text("id"));
                }
                continue;
            }
            Flow earlier = byId.putIfAbsent(flow.id(), flow);
            if (earlier != null) {
                problems.add(reader.locationOf("id"), "duplicate flow id '" + flow.id() + "' in deal '" + dealId
                        + "' (first defined at line " + earlier.location().line() + ")");
            } else {
                readers.put(flow, reader);
            }
        }
        readers.forEach((flow, reader) -> checkTie(flow, reader, byId, refused));
        return List.copyOf(byId.values());
    }

    private Flow flow(String dealId, MapReader flow) {
        String id = flowIds.of(nonBlank(flow, "id"));
        flow.requireAll(id == null ? "flow" : "flow '" + id + "'", "id", "type", "from", "to");
        FlowType type = flow.value("type", DealReader::flowType);
        String from = references.read(flow, "from");
        String to = references.read(flow, "to");
        BigDecimal amount = flow.value("amount", scalar -> Values.amount(scalar, false));
        String quantity = flow.text("quantity");
        String tiedTo = flow.text("tied_to");
        BigDecimal shares = flow.value("shares", Values::count);
        BigDecimal strike = flow.value("strike", scalar -> Values.amount(scalar, false));
        String covers = flow.value("covers", DealReader::covers);
        if (covers != null && type != null && type != FlowType.GUARANTEE) {
            problems.add(flow.locationOf("covers"), "'covers' is only for guarantee flows, and this is " + article(type.key()) + " flow");
        }
        if (from != null && from.equals(to)) {
            problems.add(flow.locationOf("to"), "flow '" + id + "' goes from '" + from + "' to itself ('from' and 'to' must differ)");
        }
        if (id == null || type == null || from == null || to == null) {
            return null;
        }
        return new Flow(dealId, id, type, from, to, amount, quantity, tiedTo, shares, strike, covers, flow.location());
    }

    private void checkTie(Flow flow, MapReader reader, Map<String, Flow> flowsOfDeal, Set<String> refused) {
        if (flow.tiedTo() == null || refused.contains(flow.tiedTo())) {
            return;
        }
        Flow target = flowsOfDeal.get(flow.tiedTo());
        if (target == null) {
            problems.add(reader.locationOf("tied_to"), "'tied_to' names no flow of this deal: '" + flow.tiedTo() + "'"
                    + Suggestions.hint(flow.tiedTo(), flowsOfDeal.keySet()));
        } else if (target == flow) {
            problems.add(reader.locationOf("tied_to"), "flow '" + flow.id() + "' cannot be tied to itself");
        } else if (!target.type().isSupply()) {
            problems.add(reader.locationOf("tied_to"), "'tied_to' must name a purchase or lease flow, but '"
                    + target.id() + "' is " + article(target.type().key()) + " flow");
        }
    }

    /** A text field that must say something when present. */
    private String nonBlank(MapReader reader, String key) {
        String text = reader.text(key);
        if (text != null && text.isBlank()) {
            problems.add(reader.locationOf(key), "'" + key + "' must not be empty");
            return null;
        }
        return text;
    }

    private Reaction reaction(String dealId, Node node) {
        MapReader reaction = MapReader.of(node, "reaction", REACTION_FIELDS, problems);
        if (reaction == null) {
            return null;
        }
        reaction.requireAll("reaction", "company", "change");
        String company = references.read(reaction, "company");
        BigDecimal change = reaction.value("change", Values::percentage);
        if (company == null || change == null) {
            return null;
        }
        return new Reaction(dealId, company, change, reaction.location());
    }

    private String source(Node node) {
        if (node instanceof Node.ScalarNode scalar && scalar.isText()) {
            return scalar.text();
        }
        problems.add(node.location(), "a source must be text (a citation or a URL), got " + node.shape());
        return null;
    }

    private static FlowType flowType(Node.ScalarNode scalar) throws BadValue {
        String text = scalar.text().strip().toLowerCase(Locale.ROOT);
        if (scalar.kind() == Node.ScalarNode.Kind.STRING && FLOW_TYPES.contains(text)) {
            return FlowType.valueOf(text.toUpperCase(Locale.ROOT));
        }
        throw new BadValue("must be one of " + String.join(", ", FLOW_TYPES) + ", got " + Values.quoted(scalar)
                + Suggestions.hint(scalar.text(), FLOW_TYPES));
    }

    private static String covers(Node.ScalarNode scalar) throws BadValue {
        if (scalar.kind() == Node.ScalarNode.Kind.STRING && COVERS.contains(scalar.text())) {
            return scalar.text();
        }
        throw new BadValue("must be one of " + String.join(", ", COVERS) + ", got " + Values.quoted(scalar)
                + Suggestions.hint(scalar.text(), COVERS));
    }

    /** "a purchase", "an investment". */
    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
