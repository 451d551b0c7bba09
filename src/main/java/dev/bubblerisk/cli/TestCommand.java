package dev.bubblerisk.cli;

import dev.bubblerisk.authoring.RuleTests;
import dev.bubblerisk.authoring.TestRun;
import dev.bubblerisk.authoring.TestRunWriter;
import dev.bubblerisk.engine.RuleBase;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code test}: run the rule scenarios kept beside the rules, with rule coverage. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the rule scenarios (rules/**/<rule-id>.test.yaml): PASS/FAIL per case with what differed,",
                "rule coverage, and the closing line 'N passed, N failed'. Exit 5 when a case fails or coverage is",
                "under --coverage-threshold."})
final class TestCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or junit (JUnit XML).")
    TestRunWriter.Format format = TestRunWriter.Format.TEXT;

    @Option(names = "--coverage-threshold", paramLabel = "N",
            description = "Fail (exit 5) when fewer than N percent of the rules fire in some case.")
    Double threshold;

    @Option(names = {"-r", "--run"}, paramLabel = "REGEX",
            description = "Run only the cases whose '<rule-id>: <case name>' contains a match for REGEX.")
    String run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Pattern selected = pattern();
        if (threshold != null && (threshold < 0 || threshold > 100)) {
            throw new UsageException("--coverage-threshold must be between 0 and 100, got " + threshold);
        }
        RuleBase ruleBase = rules.load();
        if (ruleBase.source().tests().isEmpty()) {
            throw new UsageException("no rule scenarios (*.test.yaml) under " + ruleBase.source().path());
        }
        TestRun result = RuleTests.run(ruleBase, ruleBase.source().tests(), label -> selected.matcher(label).find());
        PrintWriter out = spec.commandLine().getOut();
        format.writer().write(result, out);
        out.flush();
        boolean underThreshold = threshold != null && result.coverage() < threshold;
        if (underThreshold) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("bubblerisk: rule coverage " + String.format(java.util.Locale.ROOT, "%.1f%%", result.coverage())
                    + " is under the threshold of " + String.format(java.util.Locale.ROOT, "%.1f%%", threshold));
            err.flush();
        }
        return result.failed() > 0 || underThreshold ? ExitCode.GATE_TRIPPED : ExitCode.OK;
    }

    private Pattern pattern() {
        try {
            return Pattern.compile(run == null ? "" : run);
        } catch (PatternSyntaxException e) {
            throw new UsageException("-r: not a regular expression: " + e.getDescription());
        }
    }
}
