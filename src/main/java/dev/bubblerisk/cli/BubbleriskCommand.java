package dev.bubblerisk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: its subcommands do the work. */
@Command(name = "bubblerisk",
        mixinStandardHelpOptions = true,
        versionProvider = BuildInfo.class,
        description = "Scores inter-company deals for circular-financing (\"AI bubble\") risk with declarative Drools rules.",
        subcommands = {ScoreCommand.class, ValidateCommand.class, GraphCommand.class, ExplainCommand.class, CheckCommand.class, TestCommand.class, DiffCommand.class, WatchCommand.class, GenerateCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage, 3 invalid deal input, 4 rule error, 5 gate tripped."})
final class BubbleriskCommand implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command (score, validate, graph, explain, check, test, watch, diff)");
    }
}
