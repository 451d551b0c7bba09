package dev.bubblerisk.yaml;

/** A value that does not fit its field; the message completes "'field' …", e.g. "must not be negative, got '-5B'". */
public final class BadValue extends Exception {

    public BadValue(String message) {
        super(message, null, false, false);
    }
}
