package dev.bubblerisk.cli;

import dev.bubblerisk.synthetic.DealFileWriters;
import dev.bubblerisk.synthetic.SyntheticPortfolio;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: a synthetic portfolio for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a deterministic synthetic portfolio in deal format v1 for benchmarks: about one company",
                "per ten deals, about three flows per deal, every flow type, tied flows, holdings, loops of 3-6",
                "companies, missing financials."})
final class GenerateCommand implements Callable<Integer> {

    /** The two syntaxes of a deal file. */
    enum Syntax { YAML, JSON }

    @Option(names = "--deals", required = true, paramLabel = "N", description = "Number of deals.")
    int deals;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 1); the same N and S give the same file.")
    long seed = 1;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--syntax", paramLabel = "yaml|json",
            description = "Deal file syntax (default: json when FILE ends in .json, else yaml).")
    Syntax syntax;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SyntheticPortfolio portfolio;
        try {
            portfolio = new SyntheticPortfolio(deals, seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        boolean json = syntax != null ? syntax == Syntax.JSON
                : output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        ReportOutput.write(output, List.of(), spec.commandLine().getOut(), out -> portfolio.write(DealFileWriters.of(out, json)));
        return ExitCode.OK;
    }
}
