package dev.bubblerisk.cli;

import dev.bubblerisk.engine.RuleCompilationException;
import dev.bubblerisk.engine.RuleExecutionException;
import dev.bubblerisk.load.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns failures into exit codes and one-line messages on stderr. A stack
 * trace is printed only with {@code --verbose}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        int code = report(failure, err);
        if (isVerbose(parsed)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("bubblerisk: " + failure.getMessage());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCode.USAGE;
    }

    private static int report(Exception failure, PrintWriter err) {
        if (failure instanceof InvalidInputException invalid) {
            invalid.diagnostics().forEach(err::println);
            return ExitCode.INVALID_INPUT;
        }
        if (failure instanceof RuleCompilationException broken) {
            broken.diagnostics().forEach(err::println);
            return ExitCode.RULE_ERROR;
        }
        if (failure instanceof RuleExecutionException ruleFailure) {
            err.println("bubblerisk: " + ruleFailure.getMessage());
            return ExitCode.RULE_ERROR;
        }
        if (failure instanceof UsageException usage) {
            err.println("bubblerisk: " + usage.getMessage());
            return ExitCode.USAGE;
        }
        err.println("bubblerisk: internal error: " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage().lines().findFirst().orElse(""))
                + " (run with --verbose for details)");
        return ExitCode.INTERNAL_ERROR;
    }

    private static boolean isVerbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
