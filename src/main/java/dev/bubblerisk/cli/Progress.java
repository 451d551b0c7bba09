package dev.bubblerisk.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on stderr for runs longer than a couple of seconds: the phase and
 * the time it has taken, redrawn in place. Shown only when stderr is a terminal (the launcher says
 * so with {@code -Dbubblerisk.progress=tty}); never on stdout, never in a pipe or a log.
 */
final class Progress implements AutoCloseable {

    private static final long QUIET_MILLIS = 2000;
    private static final long REDRAW_MILLIS = 250;
    private static final String[] BAR = {"[=   ]", "[ =  ]", "[  = ]", "[   =]", "[  = ]", "[ =  ]"};

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private final Thread painter;
    private volatile String phase;
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

    void phase(String now) {
        phase = now;
    }

    private void paint() {
        try {
            Thread.sleep(QUIET_MILLIS);
            for (int tick = 0; !Thread.currentThread().isInterrupted(); tick++) {
                long seconds = (System.nanoTime() - started) / 1_000_000_000L;
                synchronized (err) {
                    err.print(String.format(Locale.ROOT, "\r\033[2Kbubblerisk %s %s (%d s)", BAR[tick % BAR.length], phase, seconds));
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
