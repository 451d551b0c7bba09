package dev.bubblerisk.load;

import dev.bubblerisk.load.DealFile.CompanyReference;
import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.CustomerShare;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.FinancialFigure;
import dev.bubblerisk.model.Financials;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.FlowType;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.InputFile;
import dev.bubblerisk.model.Reaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maps the node tree of one deal file onto the model, checking everything that can be checked
 * within the file: fields, types, values, flow ids and {@code tied_to} links. Company references
 * are collected and resolved later, across all files.
 */
final class DealFileReader {

    static final String FORMAT = "bubblerisk/v1";

    private static final List<String> FILE_FIELDS = List.of("format", "as_of", "currency", "companies", "holdings", "deals");
    private static final List<String> COMPANY_FIELDS = List.of(
            "id", "name", "listed", "founded", "financials", "market_cap", "top_customers");
    private static final List<String> FINANCIAL_FIELDS = union(List.of("period"), Financials.FIELDS);
    private static final List<String> CUSTOMER_FIELDS = List.of("company", "share");
    private static final List<String> HOLDING_FIELDS = List.of("holder", "company", "stake", "since");
    private static final List<String> DEAL_FIELDS = List.of(
            "id", "title", "announced", "binding", "term_years", "flows", "reactions", "sources");
    private static final List<String> FLOW_FIELDS = List.of(
            "id", "type", "from", "to", "amount", "quantity", "tied_to", "shares", "strike", "covers");
    private static final List<String> REACTION_FIELDS = List.of("company", "change");
    private static final List<String> FLOW_TYPES = Arrays.stream(FlowType.values()).map(FlowType::key).toList();
    private static final List<String> COVERS = List.of("debt", "capacity", "residual-value");

    private final Problems problems;
    private final List<CompanyReference> references = new ArrayList<>();

    DealFileReader(Problems problems) {
        this.problems = problems;
    }

    DealFile read(Node root, String path, String sha256) {
        MapReader file = MapReader.of(root, "a deal file", FILE_FIELDS, problems);
        if (file == null) {
            return new DealFile(new InputFile(path, sha256, null), List.of(), List.of(), List.of(), List.of());
        }
        file.requireAll("the deal file", "as_of");
        String format = file.text("format");
        if (format != null && !format.equals(FORMAT)) {
            problems.add(file.locationOf("format"), "'format' must be '" + FORMAT + "', got '" + format + "'");
        }
        String currency = file.text("currency");
        if (currency != null && !currency.equals("USD")) {
            problems.add(file.locationOf("currency"), "'currency' must be USD (the only currency of format v1), got '" + currency + "'");
        }
        LocalDate asOf = file.value("as_of", Values::date);
        List<Company> companies = file.list("companies").stream().map(this::company).filter(Objects::nonNull).toList();
        List<Holding> holdings = file.list("holdings").stream().map(this::holding).filter(Objects::nonNull).toList();
        List<Deal> deals = file.list("deals").stream().map(this::deal).filter(Objects::nonNull).toList();
        return new DealFile(new InputFile(path, sha256, asOf), companies, holdings, deals, List.copyOf(references));
    }

    private Company company(Node node) {
        MapReader company = MapReader.of(node, "company", COMPANY_FIELDS, problems);
        if (company == null) {
            return null;
        }
        String id = company.id("id");
        company.requireAll(id == null ? "company" : "company '" + id + "'", "id", "name");
        String name = company.text("name");
        Boolean listed = company.bool("listed");
        Integer founded = company.value("founded", Values::year);
        Financials financials = financials(id, company.node("financials"));
        BigDecimal marketCap = company.amount("market_cap", false);
        List<CustomerShare> customers = company.list("top_customers").stream()
                .map(customer -> customer(id, customer)).filter(Objects::nonNull).toList();
        checkCustomerShares(id, customers, company);
        if (id == null) {
            return null;
        }
        return new Company(id, name, listed, founded, financials, marketCap, customers, company.location());
    }

    private Financials financials(String companyId, Node node) {
        if (node == null) {
            return Financials.NONE;
        }
        MapReader financials = MapReader.of(node, "financials", FINANCIAL_FIELDS, problems);
        if (financials == null) {
            return Financials.NONE;
        }
        String period = financials.text("period");
        Map<String, FinancialFigure> figures = new LinkedHashMap<>();
        for (String field : Financials.FIELDS) {
            BigDecimal value = financials.amount(field, Financials.SIGNED_FIELDS.contains(field));
            if (value != null) {
                figures.put(field, new FinancialFigure(companyId, field, value, period, financials.locationOf(field)));
            }
        }
        return new Financials(period, figures);
    }

    private CustomerShare customer(String supplierId, Node node) {
        MapReader customer = MapReader.of(node, "top customer", CUSTOMER_FIELDS, problems);
        if (customer == null) {
            return null;
        }
        customer.requireAll("top customer", "company", "share");
        String customerId = reference(customer, "company");
        BigDecimal share = customer.value("share", Values::share);
        if (customerId == null || share == null) {
            return null;
        }
        if (customerId.equals(supplierId)) {
            problems.add(customer.locationOf("company"), "a company cannot be its own customer ('" + customerId + "')");
        }
        return new CustomerShare(supplierId, customerId, share, customer.location());
    }

    private void checkCustomerShares(String id, List<CustomerShare> customers, MapReader company) {
        BigDecimal total = customers.stream().map(CustomerShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(BigDecimal.ONE) > 0) {
            problems.add(company.locationOf("top_customers"), "top customers of '" + id + "' add up to "
                    + total.movePointRight(2).stripTrailingZeros().toPlainString() + "% of revenue, more than 100%");
        }
    }

    private Holding holding(Node node) {
        MapReader holding = MapReader.of(node, "holding", HOLDING_FIELDS, problems);
        if (holding == null) {
            return null;
        }
        holding.requireAll("holding", "holder", "company");
        String holder = reference(holding, "holder");
        String company = reference(holding, "company");
        BigDecimal stake = holding.value("stake", Values::share);
        var since = holding.value("since", Values::partialDate);
        if (holder == null || company == null) {
            return null;
        }
        if (holder.equals(company)) {
            problems.add(holding.locationOf("company"), "a company cannot hold a stake in itself ('" + holder + "')");
        }
        return new Holding(holder, company, stake, since, holding.location());
    }

    private Deal deal(Node node) {
        MapReader deal = MapReader.of(node, "deal", DEAL_FIELDS, problems);
        if (deal == null) {
            return null;
        }
        String id = deal.text("id");
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
        return new Deal(id, title, announced, binding == null || binding, termYears, flows, reactions, sources,
                deal.location());
    }

    private List<Flow> flows(String dealId, List<Node> nodes) {
        Map<String, Flow> byId = new LinkedHashMap<>();
        Map<Flow, MapReader> readers = new LinkedHashMap<>();
        for (Node node : nodes) {
            MapReader reader = MapReader.of(node, "flow", FLOW_FIELDS, problems);
            Flow flow = reader == null ? null : flow(dealId, reader);
            if (flow == null) {
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
        readers.forEach((flow, reader) -> checkTie(flow, reader, byId));
        return List.copyOf(byId.values());
    }

    private Flow flow(String dealId, MapReader flow) {
        String id = flow.text("id");
        flow.requireAll(id == null ? "flow" : "flow '" + id + "'", "id", "type", "from", "to");
        FlowType type = flow.value("type", DealFileReader::flowType);
        String from = reference(flow, "from");
        String to = reference(flow, "to");
        BigDecimal amount = flow.amount("amount", false);
        String quantity = flow.text("quantity");
        String tiedTo = flow.text("tied_to");
        BigDecimal shares = flow.value("shares", Values::count);
        BigDecimal strike = flow.amount("strike", false);
        String covers = flow.value("covers", DealFileReader::covers);
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

    private void checkTie(Flow flow, MapReader reader, Map<String, Flow> flowsOfDeal) {
        if (flow.tiedTo() == null) {
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

    private Reaction reaction(String dealId, Node node) {
        MapReader reaction = MapReader.of(node, "reaction", REACTION_FIELDS, problems);
        if (reaction == null) {
            return null;
        }
        reaction.requireAll("reaction", "company", "change");
        String company = reference(reaction, "company");
        BigDecimal change = reaction.value("change", Values::percentage);
        if (company == null || change == null) {
            return null;
        }
        return new Reaction(dealId, company, change, reaction.location());
    }

    private String source(Node node) {
        if (node instanceof Node.ScalarNode scalar
                && (scalar.kind() == Node.ScalarNode.Kind.STRING || scalar.kind() == Node.ScalarNode.Kind.NUMBER)) {
            return scalar.text();
        }
        problems.add(node.location(), "a source must be text (a citation or a URL), got " + node.shape());
        return null;
    }

    /** Reads a company id field and remembers it, to be resolved once all files are read. */
    private String reference(MapReader reader, String field) {
        String id = reader.id(field);
        if (id != null) {
            references.add(new CompanyReference(id, field, reader.locationOf(field)));
        }
        return id;
    }

    private static FlowType flowType(Node.ScalarNode scalar) throws Values.BadValue {
        String text = scalar.text().strip().toLowerCase(Locale.ROOT);
        if (scalar.kind() == Node.ScalarNode.Kind.STRING && FLOW_TYPES.contains(text)) {
            return FlowType.valueOf(text.toUpperCase(Locale.ROOT));
        }
        throw new Values.BadValue("must be one of " + String.join(", ", FLOW_TYPES) + ", got " + Values.quoted(scalar)
                + Suggestions.hint(scalar.text(), FLOW_TYPES));
    }

    private static String covers(Node.ScalarNode scalar) throws Values.BadValue {
        if (scalar.kind() == Node.ScalarNode.Kind.STRING && COVERS.contains(scalar.text())) {
            return scalar.text();
        }
        throw new Values.BadValue("must be one of " + String.join(", ", COVERS) + ", got " + Values.quoted(scalar)
                + Suggestions.hint(scalar.text(), COVERS));
    }

    /** "a purchase", "an investment". */
    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static List<String> union(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
