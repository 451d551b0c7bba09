package dev.bubblerisk.authoring;

import dev.bubblerisk.engine.RuleDiagnostic;
import java.util.Comparator;
import java.util.Locale;

/** One thing {@code check} says about a rule file: an error (exit 4) or a warning. */
public record CheckDiagnostic(Severity severity, String file, int line, int column, String message) {

    public enum Severity {
        ERROR, WARNING;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Comparator<CheckDiagnostic> ORDER = Comparator.comparing(CheckDiagnostic::file)
            .thenComparingInt(CheckDiagnostic::line)
            .thenComparingInt(CheckDiagnostic::column)
            .thenComparing(CheckDiagnostic::message);

    static CheckDiagnostic error(RuleDiagnostic diagnostic) {
        return new CheckDiagnostic(Severity.ERROR, diagnostic.file(), diagnostic.line(), diagnostic.column(), diagnostic.message());
    }

    /** {@code file:line:column: severity: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.key() + ": " + message;
    }
}
