package dev.bubblerisk.engine;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Fires a session's rules on a worker thread under a fire limit and a time limit, and turns every
 * way a rule can fail — an exception in a condition or consequence, a consequence that never
 * returns — into one {@link RuleExecutionException} naming the rule and the deal.
 */
final class SupervisedFiring {

    /** How long a halted run gets to stop by itself before its thread is stopped. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private SupervisedFiring() {
    }

    /** The number of rules fired. */
    static long fire(KieSession session, long maxFires, Duration timeout, FindingCollector collector) {
        CompletableFuture<Integer> firing = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                firing.complete(session.fireAllRules((int) Math.min(Integer.MAX_VALUE, maxFires)));
            } catch (Throwable failure) {
                firing.completeExceptionally(failure);
            }
        }, "rules");
        worker.setDaemon(true);
        worker.start();
        try {
            return firing.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String running = collector.firing() == null ? "a rule condition" : "rule '" + collector.firing().id() + "'"
                    + collector.firingDeal().map(deal -> " on deal '" + deal + "'").orElse("");
            stop(session, worker);
            throw new RuleExecutionException(running + " was still running after " + seconds(timeout)
                    + " (--timeout): a rule that never returns", null);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), collector);
        } catch (InterruptedException e) {
            stop(session, worker);
            Thread.currentThread().interrupt();
            throw new RuleExecutionException("the run was interrupted", e);
        }
    }

    private static RuleExecutionException failure(Throwable cause, FindingCollector collector) {
        if (cause instanceof RuleExecutionException known) {
            return known;
        }
        if (cause instanceof ConsequenceException consequence) {
            Throwable inner = consequence.getCause() == null ? consequence : consequence.getCause();
            String deal = FindingCollector.dealOf(consequence.getMatch().getObjects()).map(id -> " on deal '" + id + "'").orElse("");
            return new RuleExecutionException("rule '" + collector.idOf(consequence.getRule()) + "' failed" + deal + ": "
                    + describe(inner), inner);
        }
        if (cause instanceof OutOfMemoryError) {
            return new RuleExecutionException("the rules ran out of memory" + (collector.firing() == null ? ""
                    : " while rule '" + collector.firing().id() + "' was firing") + "; " + collector.busiest(), cause);
        }
        if (collector.firing() == null) {
            throw new ConditionFailure(RuleNames.mentioned(cause), rootOf(cause), cause);
        }
        String where = "rule '" + collector.firing().id() + "'" + collector.firingDeal().map(deal -> " on deal '" + deal + "'").orElse("");
        return new RuleExecutionException(where + " failed: " + describe(rootOf(cause)), cause);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(KieSession session, Thread worker) {
        session.halt();
        worker.interrupt();
        try {
            worker.join(GRACE.toMillis());
            if (worker.isAlive()) {
                worker.stop(); // a consequence stuck in a loop cannot be asked to stop; it can only be stopped
                worker.join(GRACE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip().lines().findFirst().orElse(""));
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
