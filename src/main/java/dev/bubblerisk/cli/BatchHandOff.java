package dev.bubblerisk.cli;

import dev.bubblerisk.engine.HelperThread;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Hands each scored batch to a second thread, which scores and writes away its deals while the
 * rules run on the next batch: one thread per core on a two-core machine. The batches are taken
 * in the order given, one at a time, and at most {@link #QUEUED} wait, so memory stays bounded.
 * A failure on that thread is thrown again by the next {@link #submit} or by {@link #close}.
 */
final class BatchHandOff implements AutoCloseable {

    /**
     * Eight: in a large run the thread runs at a lower priority (see {@link HelperThread#startFor})
     * and falls behind while the rules run, and the sessions must not wait for room. With facts made
     * three batches ahead (see {@code RuleEngine}), a million deals' sessions took 5.35 and 5.50 s
     * so, and 5.39-5.62 s with sixteen.
     */
    private static final int QUEUED = 8;

    private final ExecutorService thread;
    private final Semaphore room = new Semaphore(QUEUED);
    private final Deque<Future<?>> pending = new ArrayDeque<>();

    /** @param deals how many deals the run scores, which decides the thread's priority */
    BatchHandOff(int deals) {
        thread = HelperThread.startFor("scored-batches", deals);
    }

    void submit(Runnable work) {
        room.acquireUninterruptibly();
        pending.add(thread.submit(() -> {
            try {
                work.run();
            } finally {
                room.release();
            }
        }));
        while (!pending.isEmpty() && pending.peekFirst().isDone()) {
            HelperThread.result(pending.removeFirst());
        }
    }

    /** Waits for every batch handed over. */
    @Override
    public void close() {
        try {
            while (!pending.isEmpty()) {
                HelperThread.result(pending.removeFirst());
            }
        } finally {
            thread.shutdownNow();
        }
    }
}
