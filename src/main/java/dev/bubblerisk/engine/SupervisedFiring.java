package dev.bubblerisk.engine;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Fires sessions' rules on a worker thread under a fire limit and a time limit, and turns every
 * way a rule can fail — an exception in a condition or consequence, a consequence that never
 * returns — into one {@link RuleExecutionException} naming the rule and the deal. One worker fires
 * all the sessions of a run, one after another (a million deals are a thousand sessions); a worker
 * stopped for a rule that never returned is not used again. Close it when the run is over.
 */
final class SupervisedFiring implements AutoCloseable {

    /** How long a halted run gets to stop by itself before its thread is stopped. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    /** The worker thread, started when first needed. */
    private ExecutorService worker;

    /** The number of rules fired. */
    long fire(KieSession session, long maxFires, Duration timeout, FindingCollector collector) {
        if (worker == null) {
            worker = HelperThread.start("rules");
        }
        Firing firing = new Firing(session, (int) Math.min(Integer.MAX_VALUE, maxFires));
        Future<Integer> fired = worker.submit(firing);
        try {
            return fired.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String running = collector.firing() == null ? "a rule condition" : "rule '" + collector.firing().id() + "'"
                    + collector.firingDeal().map(deal -> " on deal '" + deal + "'").orElse("");
            stop(firing);
            throw new RuleExecutionException(running + " was still running after " + seconds(timeout)
                    + " (--timeout): a rule that never returns", null);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), collector);
        } catch (InterruptedException e) {
            stop(firing);
            Thread.currentThread().interrupt();
            throw new RuleExecutionException("the run was interrupted", e);
        }
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    /** One session's firing, which tells the thread it runs on and when it has ended. */
    private static final class Firing implements Callable<Integer> {
        private final KieSession session;
        private final int maxFires;
        private final CountDownLatch ended = new CountDownLatch(1);
        private volatile Thread thread;

        Firing(KieSession session, int maxFires) {
            this.session = session;
            this.maxFires = maxFires;
        }

        @Override
        public Integer call() {
            thread = Thread.currentThread();
            try {
                return session.fireAllRules(maxFires);
            } finally {
                ended.countDown();
            }
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

    /** Halts the firing, and stops its thread if it does not end by itself; the worker is not used again. */
    @SuppressWarnings({"deprecation", "removal"})
    private void stop(Firing firing) {
        firing.session.halt();
        Thread thread = firing.thread;
        try {
            if (thread != null) {
                thread.interrupt();
                if (!firing.ended.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    thread.stop(); // a consequence stuck in a loop cannot be asked to stop; it can only be stopped
                    firing.ended.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
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
