package dev.bubblerisk.engine;

/** A rule failed while the engine ran it: its condition or consequence threw. */
public final class RuleExecutionException extends RuntimeException {

    public RuleExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
