package dev.bubblerisk.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The ruleset does not compile, or a rule's metadata is unusable: every problem found. */
public final class RuleCompilationException extends Exception {

    private final transient List<RuleDiagnostic> diagnostics;

    public RuleCompilationException(List<RuleDiagnostic> diagnostics) {
        super(diagnostics.stream().map(RuleDiagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<RuleDiagnostic> diagnostics() {
        return diagnostics;
    }
}
