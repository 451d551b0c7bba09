package dev.bubblerisk.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A second thread for the work around the rules, whose failures come back to its caller as thrown. */
public final class HelperThread {

    private HelperThread() {
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
