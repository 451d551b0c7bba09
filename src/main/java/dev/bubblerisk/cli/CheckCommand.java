package dev.bubblerisk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bubblerisk.authoring.CheckDiagnostic;
import dev.bubblerisk.authoring.RuleChecker;
import dev.bubblerisk.report.JsonStyle;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check}: compile and lint the rules; silent when there is nothing to say. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compile and lint the rules: compile errors, metadata, kebab-case ids, purity (no I/O, network,",
                "processes, threads, reflection or changes to facts) as errors; rules without a test file as warnings.",
                "Prints nothing when all is well. Exit 4 on errors, 0 otherwise."})
final class CheckCommand implements Callable<Integer> {

    /** How {@code check} prints. */
    enum Format { TEXT, JSON }

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.TEXT;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<CheckDiagnostic> diagnostics = RuleChecker.check(rules.source());
        boolean errors = diagnostics.stream().anyMatch(d -> d.severity() == CheckDiagnostic.Severity.ERROR);
        if (format == Format.JSON) {
            PrintWriter out = spec.commandLine().getOut();
            writeJson(diagnostics, out);
            out.flush();
        } else {
            PrintWriter err = spec.commandLine().getErr();
            diagnostics.forEach(err::println);
            err.flush();
        }
        return errors ? ExitCode.RULE_ERROR : ExitCode.OK;
    }

    private static void writeJson(List<CheckDiagnostic> diagnostics, PrintWriter out) throws IOException {
        try (JsonGenerator json = JsonStyle.generator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("diagnostics");
            for (CheckDiagnostic diagnostic : diagnostics) {
                json.writeStartObject();
                json.writeStringField("severity", diagnostic.severity().key());
                json.writeStringField("file", diagnostic.file());
                json.writeNumberField("line", diagnostic.line());
                json.writeNumberField("column", diagnostic.column());
                json.writeStringField("message", diagnostic.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("errors", diagnostics.stream().filter(d -> d.severity() == CheckDiagnostic.Severity.ERROR).count());
            json.writeNumberField("warnings", diagnostics.stream().filter(d -> d.severity() == CheckDiagnostic.Severity.WARNING).count());
            json.writeEndObject();
        }
        out.write('\n');
    }
}
