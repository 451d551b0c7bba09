package dev.bubblerisk.cli;

import dev.bubblerisk.authoring.DealExplainer;
import dev.bubblerisk.authoring.ExplanationWriter;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.yaml.Suggestions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain DEAL FILE…}: one deal in depth. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"One deal in depth: its facts, each finding with the input lines it rests on, every rule that",
                "did not fire and why (the data it lacked or the first condition not met), the data gaps, and how",
                "the score and band were computed."})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DEAL", description = "The id of the deal to explain.")
    String dealId;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE|DIR", description = "The deal files it is in (with any others it relates to).")
    List<Path> inputs;

    @Mixin
    RulesOption rules = new RulesOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Portfolio portfolio = DealInputs.load(DealInputs.find(inputs));
        Deal deal = portfolio.deals().stream().filter(candidate -> candidate.id().equals(dealId)).findFirst()
                .orElseThrow(() -> new UsageException("no deal '" + dealId + "' in the input"
                        + Suggestions.hint(dealId, portfolio.deals().stream().map(Deal::id).toList())));
        RuleBase ruleBase = rules.load();
        PrintWriter out = spec.commandLine().getOut();
        new ExplanationWriter().write(DealExplainer.explain(ruleBase, portfolio, deal), out);
        out.flush();
        return ExitCode.OK;
    }
}
