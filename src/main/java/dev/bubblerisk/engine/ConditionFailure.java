package dev.bubblerisk.engine;

import java.util.Optional;

/**
 * A rule condition threw while the engine matched facts. Drools does not say on which fact, so the
 * engine looks for the deal itself ({@link RuleEngine}) before reporting a {@link RuleExecutionException}.
 */
final class ConditionFailure extends RuntimeException {

    private final transient Optional<String> rule;
    private final transient Throwable root;

    ConditionFailure(Optional<String> rule, Throwable root, Throwable cause) {
        super(root.getMessage(), cause, false, false);
        this.rule = rule;
        this.root = root;
    }

    /** The exception as reported, naming the deal when it is known. */
    RuleExecutionException reported(Optional<String> deal) {
        return new RuleExecutionException(rule.map(name -> "a condition of rule '" + name + "'").orElse("a rule condition")
                + deal.map(id -> " failed on deal '" + id + "'").orElse(" failed") + ": " + SupervisedFiring.describe(root),
                getCause());
    }
}
