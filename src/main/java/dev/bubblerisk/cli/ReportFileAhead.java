package dev.bubblerisk.cli;

import dev.bubblerisk.engine.ThreadScheduling;
import dev.bubblerisk.report.JsonDealSpill;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Writes a large JSON report's temporary file ahead with zeros, directly (see
 * {@link UncachedFileOutput}), while the deals are scored and the disk has nothing else to do, as
 * far as the deals kept so far will take in it; the report is then written over blocks that are
 * already written. On the machine the README describes, 2.8 GB written directly into a new file
 * took 5.6–8.7 s and over a file just written 3.7–4.9 s (four runs each, in turn), and giving the
 * new file its blocks without writing them ({@code fallocate}) saved nothing. It runs on a thread
 * in the scheduler's idle class (see {@link ThreadScheduling}), so the little processor time it
 * asks for is time nothing else wants; where the idle class cannot be set, or the file system
 * takes no direct I/O, nothing is written ahead. It never writes past what the deals take, so
 * the file never holds more than the report will.
 */
final class ReportFileAhead implements AutoCloseable {

    /** Written a chunk at a time, as the report's own writing does at its largest. */
    private static final int CHUNK = 8 << 20;
    private static final long PAUSE_MILLIS = 20;

    private final Thread thread;
    private volatile boolean stopped;

    private ReportFileAhead() {
        this.thread = null;
    }

    private ReportFileAhead(Path file, LongSupplier goal) {
        this.thread = new Thread(() -> {
            try {
                if (ThreadScheduling.enterIdleClass()) {
                    writeAhead(file, goal, () -> stopped);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // nothing more is written ahead; the report's own writing meets any lasting failure
            }
        }, "report-file");
        thread.setDaemon(true);
    }

    /**
     * Starts writing {@code file} ahead for {@code spill}, for input files of {@code inputBytes} in
     * all; not for small ones, nor without a file or a spill.
     */
    static ReportFileAhead startFor(Path file, JsonDealSpill spill, long inputBytes) {
        if (file == null || spill == null || inputBytes < WarmUp.LARGE_INPUT_BYTES) {
            return new ReportFileAhead();
        }
        ReportFileAhead ahead = new ReportFileAhead(file, spill::reportBytes);
        ahead.thread.start();
        return ahead;
    }

    /**
     * Writes zeros into {@code file} directly from its start, a chunk at a time, while whole chunks
     * fit within {@code goal} (which may grow), until {@code stopped} says so; nothing where the
     * file system takes no direct I/O.
     */
    static void writeAhead(Path file, LongSupplier goal, BooleanSupplier stopped)
            throws IOException, InterruptedException {
        int block = UncachedFileOutput.directBlock(file);
        if (block == 0) {
            return;
        }
        ByteBuffer zeros = UncachedFileOutput.aligned(CHUNK, block);
        try (FileChannel channel = UncachedFileOutput.directChannel(file)) {
            long written = 0;
            while (!stopped.getAsBoolean()) {
                if (written + CHUNK > goal.getAsLong()) {
                    Thread.sleep(PAUSE_MILLIS);
                    continue;
                }
                zeros.clear();
                UncachedFileOutput.writeAll(channel, zeros, written);
                written += CHUNK;
            }
        }
    }

    /**
     * Stops, and waits for the chunk being written, so that nothing is written ahead once the
     * report's own writing starts.
     */
    @Override
    public void close() throws InterruptedIOException {
        stopped = true;
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the report's file was written ahead");
        }
    }
}
