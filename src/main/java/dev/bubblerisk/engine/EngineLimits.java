package dev.bubblerisk.engine;

import java.time.Duration;

/**
 * Bounds on one run of the rules, so a faulty rule ends the run with a named error instead of
 * spinning forever.
 *
 * @param maxFires most rule firings in one run; {@code 0} for the default, which grows with the input
 * @param timeout  longest a run may take
 */
public record EngineLimits(long maxFires, Duration timeout) {

    /** Default time limit: far longer than a million deals take on two cores. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    public static final EngineLimits DEFAULT = new EngineLimits(0, DEFAULT_TIMEOUT);

    public EngineLimits {
        if (maxFires < 0) {
            throw new IllegalArgumentException("the fire limit must be 0 (default) or more, got " + maxFires);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, got " + timeout);
        }
    }

    /**
     * The fire limit for a run over {@code facts} facts: as given, or by default 100 firings per fact
     * plus 10,000 — each shipped rule fires at most a few times per deal, so only a rule that keeps
     * re-activating itself gets near it.
     */
    long maxFiresFor(long facts) {
        return maxFires > 0 ? maxFires : 10_000 + 100 * facts;
    }
}
