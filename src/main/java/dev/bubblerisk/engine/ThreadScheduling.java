package dev.bubblerisk.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * How the calling thread is scheduled, changed with the system's own tools on Linux, which an
 * unprivileged process may use on its own threads to give way, never to take precedence: the idle
 * class ({@code SCHED_IDLE}, set with {@code chrt}), in which a thread runs only on processor time
 * that no other thread wants, and a lower priority (a higher nice value, set with {@code renice}).
 * The threads a thread starts inherit either. Where the tools or Linux's thread ids are missing,
 * the thread stays as it was.
 */
public final class ThreadScheduling {

    private ThreadScheduling() {
    }

    /** Moves the calling thread into the idle class; whether it did. */
    public static boolean enterIdleClass() throws InterruptedException {
        Process chrt = start("chrt", "--idle", "--pid", "0");
        if (chrt == null) {
            return false;
        }
        if (!chrt.waitFor(5, TimeUnit.SECONDS)) {
            chrt.destroy();
            return false;
        }
        return chrt.exitValue() == 0;
    }

    /** Asks for the calling thread to run at the nice value 10, and goes on without waiting for it. */
    static void lowerPriority() {
        start("renice", "-n", "10", "-p");
    }

    /** Starts {@code command} with the calling thread's kernel id as its last argument; {@code null} where it cannot. */
    private static Process start(String... command) {
        try {
            // "<pid>/task/<tid>": the kernel's id of the calling thread
            String thread = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            String[] withThread = Arrays.copyOf(command, command.length + 1);
            withThread[command.length] = thread;
            return new ProcessBuilder(withThread).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null; // not Linux, or no such tool
        }
    }
}
