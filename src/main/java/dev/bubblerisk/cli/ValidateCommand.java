package dev.bubblerisk.cli;

import dev.bubblerisk.model.Portfolio;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: load and check deal files without running any rule. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load and validate deal files only (no rules). Exit 0 when valid, 3 when not.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Deal files, or directories read recursively for *.yaml, *.yml, *.json.")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> files = DealInputs.find(inputs);
        Portfolio portfolio;
        try (Progress progress = Progress.start(spec.commandLine().getErr(), "reading")) {
            portfolio = DealInputs.load(files, progress);
        }
        spec.commandLine().getOut().printf("valid: %d %s, %d companies, %d holdings, %d deals, %d flows%n",
                files.size(), files.size() == 1 ? "file" : "files", portfolio.companies().size(),
                portfolio.holdings().size(), portfolio.deals().size(), portfolio.flows().count());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
