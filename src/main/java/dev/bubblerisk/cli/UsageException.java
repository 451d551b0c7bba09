package dev.bubblerisk.cli;

/** The command was called in a way that cannot work (exit 2); the message says why in one line. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message, null, false, false);
    }
}
