package dev.bubblerisk.yaml;

import dev.bubblerisk.model.SourceLocation;
import java.util.Comparator;

/** One problem in a deal file, rendered as {@code file:line:column: message}. */
public record Diagnostic(SourceLocation location, String message) {

    /** By file, line, column, then message: the order problems are printed in. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.location().file())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::message);

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
