package dev.bubblerisk.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the rule a Drools runtime error names in its message, for errors raised outside a consequence. */
final class RuleNames {

    private static final Pattern RULE = Pattern.compile("[Rr]ule \"([^\"]+)\"|[Rr]ule '([^']+)'|ruleName=([\\w.-]+)");

    private RuleNames() {
    }

    static Optional<String> mentioned(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null) {
                Matcher m = RULE.matcher(cause.getMessage());
                if (m.find()) {
                    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
                }
            }
        }
        return Optional.empty();
    }
}
