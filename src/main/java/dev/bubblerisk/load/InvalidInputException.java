package dev.bubblerisk.load;

import java.util.List;
import java.util.stream.Collectors;

/** Deal input that cannot be scored: every problem found, in file and line order. */
public final class InvalidInputException extends Exception {

    private final transient List<Diagnostic> diagnostics;

    public InvalidInputException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
