package dev.bubblerisk.engine;

/** A problem in a rule file, rendered as {@code file:line:column: message}. */
public record RuleDiagnostic(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
