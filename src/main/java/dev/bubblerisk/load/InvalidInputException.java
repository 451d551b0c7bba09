package dev.bubblerisk.load;

import dev.bubblerisk.yaml.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** Deal input that cannot be scored: every problem found, in the order they are to be printed. */
public final class InvalidInputException extends Exception {

    private final transient List<Diagnostic> diagnostics;

    /** @param diagnostics in file and line order, any closing summary last */
    public InvalidInputException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
