package dev.bubblerisk.cli;

import dev.bubblerisk.engine.ThreadScheduling;
import dev.bubblerisk.report.JsonDealSpill;

/**
 * Touches ahead the new memory a large JSON report's deals will be written into, on a thread in the
 * scheduler's idle class (see {@link ThreadScheduling}), so that the kernel's clearing of it takes
 * processor time that nothing else wants, not time from the thread writing the deals away (see
 * {@link JsonDealSpill#prepareMemory}). Where the idle class cannot be set, nothing is touched
 * ahead. It goes on until every deal is kept, not only while the deals are read: the sessions too
 * leave a core idle at times. Stopped at the end of reading, it had touched 500–770 MB of its 770
 * MB at a million deals, and the stores took 85–262 MB of new memory as the deals were written away;
 * going on, 33–91 MB, and that thread took a median of 4.13 s of processor time in the sessions
 * against 4.50 s, the sessions 7.34 s against 7.71 s (eight runs each, in turn, on the machine the
 * README describes).
 */
final class ReportMemoryAhead implements AutoCloseable {

    /**
     * How much memory is touched ahead, as a multiple of the input's size: a million deals' report
     * keeps its deals in 2.7 times the input's size (1,046 MB), the first of it written over the
     * deal files' bytes. With 1.5 times, the rest, 100 MB taken new as the deals were written away,
     * still cost that thread 0.57 s of page faults in a profile. A report with fewer findings
     * leaves some of it unused.
     */
    static final double INPUT_MULTIPLE = 2.0;

    private volatile boolean stopped;

    private ReportMemoryAhead() {
    }

    /** Starts touching memory for {@code spill}, for input files of {@code inputBytes} in all; not for small ones. */
    static ReportMemoryAhead startFor(JsonDealSpill spill, long inputBytes) {
        ReportMemoryAhead ahead = new ReportMemoryAhead();
        if (spill != null && inputBytes >= WarmUp.LARGE_INPUT_BYTES) {
            ahead.start(spill, (long) (INPUT_MULTIPLE * inputBytes));
        }
        return ahead;
    }

    private void start(JsonDealSpill spill, long bytes) {
        Thread thread = new Thread(() -> {
            try {
                if (ThreadScheduling.enterIdleClass()) {
                    spill.prepareMemory(bytes, () -> stopped);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "report-memory");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops at the next block; it does not wait, as it runs only on an idle core. */
    @Override
    public void close() {
        stopped = true;
    }
}
