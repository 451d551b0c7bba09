package dev.bubblerisk.model;

import java.util.List;
import java.util.stream.Stream;

/** Everything read from one or more deal files, merged and validated. */
public record Portfolio(List<InputFile> inputs, List<Company> companies, List<Holding> holdings, List<Deal> deals) {

    public Portfolio {
        inputs = List.copyOf(inputs);
        companies = List.copyOf(companies);
        holdings = List.copyOf(holdings);
        deals = List.copyOf(deals);
    }

    public Stream<Flow> flows() {
        return deals.stream().flatMap(deal -> deal.flows().stream());
    }
}
