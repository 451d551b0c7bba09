package dev.bubblerisk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress display on stderr for runs longer than a couple of seconds: a bar with the
 * share done when the phase knows its size (bytes read, deals scored), else a moving marker, then
 * the phase and the time taken, redrawn in place. Shown only when stderr is a terminal (the
 * launcher says so with {@code -Dbubblerisk.progress=tty}); never on stdout, never in a pipe or a log.
 */
final class Progress implements AutoCloseable {

    private static final long QUIET_MILLIS = 2000;
    private static final long REDRAW_MILLIS = 250;
    private static final int WIDTH = 20;

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private final Thread painter;
    private final AtomicLong done = new AtomicLong();
    private volatile String phase;
    private volatile long total;
    private volatile boolean drawn;

    private Progress(PrintWriter err, String phase) {
        this.err = err;
        this.phase = phase;
        this.painter = new Thread(this::paint, "progress");
        painter.setDaemon(true);
    }

    /** A display that starts drawing after a couple of seconds, or does nothing when stderr is not a terminal. */
    static Progress start(PrintWriter err, String phase) {
        Progress progress = new Progress(err, phase);
        if ("tty".equals(System.getProperty("bubblerisk.progress"))) {
            progress.painter.start();
        }
        return progress;
    }

    /** A phase of unknown size. */
    void phase(String now) {
        phase(now, 0);
    }

    /** A phase of {@code size} units, counted off by {@link #advance}. */
    void phase(String now, long size) {
        done.set(0);
        total = size;
        phase = now;
    }

    /** {@code units} more of the phase are done; callable from any thread. */
    void advance(long units) {
        done.addAndGet(units);
    }

    /** The line drawn: {@code [######      ]  30% scoring 1,000,000 deals (12 s)}, or a moving marker when the size is unknown. */
    static String line(String phase, long done, long total, long seconds, int tick) {
        String bar;
        if (total > 0) {
            long shown = Math.max(0, Math.min(done, total));
            int filled = (int) (shown * WIDTH / total);
            bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + String.format(Locale.ROOT, "%3d%%", shown * 100 / total);
        } else {
            int at = tick % (2 * WIDTH - 2);
            int position = at < WIDTH ? at : 2 * WIDTH - 2 - at;
            bar = "[" + " ".repeat(position) + "=" + " ".repeat(WIDTH - 1 - position) + "]";
        }
        return String.format(Locale.ROOT, "bubblerisk %s %s (%d s)", bar, phase, seconds);
    }

    private void paint() {
        try {
            Thread.sleep(QUIET_MILLIS);
            for (int tick = 0; !Thread.currentThread().isInterrupted(); tick++) {
                long seconds = (System.nanoTime() - started) / 1_000_000_000L;
                synchronized (err) {
                    err.print("\r\033[2K" + line(phase, done.get(), total, seconds, tick));
                    err.flush();
                    drawn = true;
                }
                Thread.sleep(REDRAW_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Clears the line, so the next message starts clean. */
    @Override
    public void close() {
        painter.interrupt();
        try {
            painter.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (drawn) {
            synchronized (err) {
                err.print("\r\033[2K");
                err.flush();
            }
        }
    }
}
