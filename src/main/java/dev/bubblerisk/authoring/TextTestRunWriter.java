package dev.bubblerisk.authoring;

import java.io.IOException;
import java.io.Writer;

/** One line per case, what differed under each failure, the coverage, then {@code N passed, N failed}. */
final class TextTestRunWriter implements TestRunWriter {

    @Override
    public void write(TestRun run, Writer out) throws IOException {
        for (CaseResult result : run.results()) {
            out.write((result.passed() ? "PASS  " : "FAIL  ") + RuleTests.label(result.scenario()) + "\n");
            for (String difference : result.differences()) {
                out.write("      " + difference + "\n");
            }
        }
        out.write("coverage: " + run.fired().size() + " of " + run.ruleIds().size() + " rules fired ("
                + TestRunWriter.percent(run.coverage()) + ")"
                + (run.neverFired().isEmpty() ? "" : "; never fired: " + String.join(", ", run.neverFired())) + "\n");
        out.write(run.passed() + " passed, " + run.failed() + " failed\n");
    }
}
