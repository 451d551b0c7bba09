package dev.bubblerisk.load;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.CustomerShare;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.FinancialFigure;
import dev.bubblerisk.model.Financials;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.InputFile;
import dev.bubblerisk.yaml.BadValue;
import dev.bubblerisk.yaml.MapReader;
import dev.bubblerisk.yaml.Node;
import dev.bubblerisk.yaml.Problems;
import dev.bubblerisk.yaml.TopLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps the node tree of one deal file onto the model, checking everything that can be checked
 * within the file: fields, types and values of the file, its companies and holdings; deals are
 * read by {@link DealReader}. Company references are collected and resolved later, across all files.
 */
final class DealFileReader implements TopLevel {

    static final String FORMAT = "bubblerisk/v1";

    private static final List<String> FILE_FIELDS = List.of("format", "as_of", "currency", "companies", "holdings", "deals");
    private static final List<String> COMPANY_FIELDS = List.of(
            "id", "name", "listed", "founded", "financials", "market_cap", "top_customers");
    private static final List<String> FINANCIAL_FIELDS = union(List.of("period"), Financials.FIELDS);
    private static final List<String> CUSTOMER_FIELDS = List.of("company", "share");
    private static final List<String> HOLDING_FIELDS = List.of("holder", "company", "stake", "since");

    private final Problems problems;
    private final CompanyReferences references = new CompanyReferences();
    private final DealReader deals;
    private final List<Company> companies = new ArrayList<>();
    private final List<Holding> holdings = new ArrayList<>();
    private final List<Deal> read = new ArrayList<>();
    private LocalDate asOf;

    DealFileReader(Problems problems) {
        this.problems = problems;
        this.deals = new DealReader(problems, references);
    }

    @Override
    public boolean streams(String key) {
        return key.equals("companies") || key.equals("holdings") || key.equals("deals");
    }

    @Override
    public void field(String key, Node value) {
        if (key.equals("as_of") && value instanceof Node.ScalarNode scalar) {
            try {
                asOf = Values.date(scalar);
            } catch (BadValue e) {
                // reported with its location when the file's fields are checked
            }
        }
    }

    @Override
    public void item(String key, Node item) {
        switch (key) {
            case "companies" -> {
                Company company = company(item);
                if (company != null) {
                    companies.add(company);
                }
            }
            case "holdings" -> add(holdings, holding(item));
            default -> {
                Deal deal = deals.deal(item, asOf);
                if (deal != null) {
                    read.add(deal);
                }
            }
        }
    }

    /**
     * Checks the file's own fields and reads whatever its lists still hold (all of them when
     * nothing was streamed), then returns everything read.
     */
    DealFile finish(Node root, String path, String sha256) {
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
        asOf = file.value("as_of", Values::date);
        file.list("companies").forEach(item -> item("companies", item));
        file.list("holdings").forEach(item -> item("holdings", item));
        file.list("deals").forEach(item -> item("deals", item));
        List<Deal> dated = asOf == null ? read : read.stream().map(deal -> deal.asOf() == null ? deal.withAsOf(asOf) : deal).toList();
        return new DealFile(new InputFile(path, sha256, asOf), companies, holdings, dated, references.all());
    }

    private static <T> void add(List<T> list, T element) {
        if (element != null) {
            list.add(element);
        }
    }

    private Company company(Node node) {
        MapReader company = MapReader.of(node, "company", COMPANY_FIELDS, problems);
        if (company == null) {
            return null;
        }
        String id = references.defined(company.value("id", Values::companyId));
        company.requireAll(id == null ? "company" : "company '" + id + "'", "id", "name");
        String name = company.text("name");
        Boolean listed = company.bool("listed");
        Integer founded = company.value("founded", Values::year);
        Financials financials = financials(id, company.node("financials"));
        BigDecimal marketCap = company.value("market_cap", scalar -> Values.amount(scalar, false));
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
            boolean signed = Financials.SIGNED_FIELDS.contains(field);
            BigDecimal value = financials.value(field, scalar -> Values.amount(scalar, signed));
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
        String customerId = references.read(customer, "company");
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
        String holder = references.read(holding, "holder");
        String company = references.read(holding, "company");
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

    private static List<String> union(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
