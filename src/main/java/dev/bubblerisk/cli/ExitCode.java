package dev.bubblerisk.cli;

/** The process exit codes, as scripts rely on them. */
public final class ExitCode {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int INVALID_INPUT = 3;
    public static final int RULE_ERROR = 4;
    public static final int GATE_TRIPPED = 5;

    private ExitCode() {
    }
}
