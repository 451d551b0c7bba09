package dev.bubblerisk.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A second thread for the work around the rules, whose failures come back to its caller as thrown. */
public final class HelperThread {

    private HelperThread() {
    }

    /**
     * Runs of at least this many deals (some 25 sessions) start the threads beside their sessions
     * with {@link #startFor}: enough that lowering the threads' priority pays for starting
     * {@code renice}.
     */
    static final int LOWERED_FROM_DEALS = 25_000;

    /**
     * A helper for work beside the sessions' chain of inserting and firing ({@link #start}): for a
     * run of {@code deals} deals from {@link #LOWERED_FROM_DEALS} on, its thread runs at a lower
     * priority (the nice value 10, set with {@code renice}, where the system allows it). The chain
     * then takes a core whenever it can go on, and the helpers fill the time it leaves, their
     * queues long enough that it rarely waits for them: a million deals' sessions took 5.85-6.03 s
     * against 6.32-6.79 s at the usual priority (three runs each, alternated).
     */
    public static ExecutorService startFor(String name, int deals) {
        ExecutorService thread = start(name);
        if (deals >= LOWERED_FROM_DEALS) {
            thread.execute(ThreadScheduling::lowerPriority);
        }
        return thread;
    }

    /** One daemon thread, taking tasks in the order given; shut it down when done. */
    public static ExecutorService start(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Waits for the task: its result, or what it threw, thrown again here; an interrupt ends the run as a rule error. */
    public static <T> T result(Future<T> task) {
        try {
            return await(task, RuntimeException.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleExecutionException("the run was interrupted", e);
        }
    }

    /**
     * Waits for the task: its result, or what it threw, thrown again here as it was (an unchecked
     * failure, or one of the {@code checked} type the task may throw).
     */
    public static <T, E extends Exception> T await(Future<T> task, Class<E> checked) throws E, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (checked.isInstance(cause)) {
                throw checked.cast(cause);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
