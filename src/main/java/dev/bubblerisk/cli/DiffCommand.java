package dev.bubblerisk.cli;

import dev.bubblerisk.authoring.DiffWriter;
import dev.bubblerisk.authoring.RulesetDiff;
import dev.bubblerisk.model.Portfolio;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff}: what a change to the rules does to a portfolio, before it ships. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What-if: score the same deals with two rulesets; per-deal score and band changes and the band migration.")
final class DiffCommand implements Callable<Integer> {

    /** How {@code diff} prints. */
    enum Format { TEXT, JSON }

    @Option(names = "--rules-a", required = true, paramLabel = "DIR", description = "The ruleset as it is.")
    Path rulesA;

    @Option(names = "--rules-b", required = true, paramLabel = "DIR", description = "The ruleset as it would be.")
    Path rulesB;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.TEXT;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The portfolio: deal files or directories.")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Portfolio portfolio = DealInputs.load(DealInputs.find(inputs));
        RulesetDiff.Result diff = RulesetDiff.compare(RulesLocation.load(rulesA), RulesLocation.load(rulesB), portfolio);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            DiffWriter.json(diff, out);
        } else {
            DiffWriter.text(diff, out);
        }
        out.flush();
        return ExitCode.OK;
    }
}
