package dev.bubblerisk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The scheduler's idle class (Linux's {@code SCHED_IDLE}, set with {@code chrt}): a thread in it
 * runs only on processor time that no other thread wants, as work that must not slow the reading
 * of the deals does.
 */
final class IdleClass {

    private IdleClass() {
    }

    /**
     * Moves the calling thread into the idle class, which the threads it starts inherit; whether it
     * did. An unprivileged process may do this to its own threads on Linux.
     */
    static boolean enter() throws InterruptedException {
        try {
            // "<pid>/task/<tid>": the kernel's id of the calling thread
            String thread = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            Process chrt = new ProcessBuilder("chrt", "--idle", "--pid", "0", thread)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!chrt.waitFor(5, TimeUnit.SECONDS)) {
                chrt.destroy();
                return false;
            }
            return chrt.exitValue() == 0;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // not Linux, or no chrt
        }
    }
}
