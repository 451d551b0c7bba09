package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

class HelperThreadTest {

    @Test
    void aLargeRunsHelperRunsAtALowerPriority() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")) && onPath("renice"),
                "needs Linux's per-thread priorities and renice");
        int usual = niceOfThisThread();
        ExecutorService helper = HelperThread.startFor("lowered", HelperThread.LOWERED_FROM_DEALS);
        try {
            int nice = helper.submit(HelperThreadTest::niceOfThisThread).get();
            for (int i = 0; i < 200 && nice <= usual; i++) { // renice is not waited for
                Thread.sleep(10);
                nice = helper.submit(HelperThreadTest::niceOfThisThread).get();
            }
            assertThat(nice).isGreaterThan(usual);
        } finally {
            helper.shutdownNow();
        }
    }

    @Test
    void aSmallRunsHelperKeepsTheUsualPriority() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "needs Linux's per-thread priorities");
        int usual = niceOfThisThread();
        ExecutorService helper = HelperThread.startFor("usual", HelperThread.LOWERED_FROM_DEALS - 1);
        try {
            helper.submit(() -> { }).get();
            Thread.sleep(200);
            assertThat(helper.submit(HelperThreadTest::niceOfThisThread).get()).isEqualTo(usual);
        } finally {
            helper.shutdownNow();
        }
    }

    /** The calling thread's nice value: the 19th field of its stat line, the 17th after the name. */
    private static int niceOfThisThread() throws IOException {
        String stat = Files.readString(Path.of("/proc/thread-self/stat"));
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }

    private static boolean onPath(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
