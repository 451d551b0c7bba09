package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report's file written ahead holds zeros in whole chunks within what the deals take, and the
 * report written over it is exactly the report, whether it is longer or shorter than that.
 */
class ReportFileAheadTest {

    private static final int MIB = 1 << 20;
    private static final int CHUNK = 8 * MIB;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "a report of {0} bytes")
    @ValueSource(ints = {0, 17, 5 * MIB + 3, 20 * MIB + 4097})
    void writesWholeChunksWithinTheGoalAndTheReportOverThemIsExact(int reportLength) throws Exception {
        Path target = dir.resolve("report.json");
        byte[] report = new byte[reportLength];
        new Random(reportLength).nextBytes(report);
        AtomicLong goal = new AtomicLong(3 * MIB);

        try (ReportOutput.Pending file = ReportOutput.prepare(target, List.of())) {
            assumeTrue(directWritesWork(file.temporary()),
                    "the temporary directory's file system takes no direct I/O, so nothing is written ahead");
            Thread ahead = new Thread(() -> {
                try {
                    ReportFileAhead.writeAhead(file.temporary(), goal::get, () -> goal.get() < 0);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            ahead.start();
            Thread.sleep(100);
            assertThat(Files.size(file.temporary())).as("less than a chunk to go").isZero();
            goal.set(2 * CHUNK + MIB); // the deals grow past two chunks
            waitForSize(file.temporary(), 2 * CHUNK);
            Thread.sleep(100);
            assertThat(Files.size(file.temporary())).as("never past the goal").isEqualTo(2 * CHUNK);
            assertThat(Files.readAllBytes(file.temporary())).as("zeros").isEqualTo(new byte[2 * CHUNK]);
            goal.set(-1); // stopped
            ahead.join();

            file.write(out -> out.write(report), null);
        }

        assertThat(Files.readAllBytes(target)).isEqualTo(report);
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }

    private static boolean directWritesWork(Path file) throws IOException {
        if (UncachedFileOutput.directBlock(file) == 0) {
            return false;
        }
        try (FileChannel channel = UncachedFileOutput.directChannel(file)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitForSize(Path file, long size) throws IOException, InterruptedException {
        for (int tries = 0; tries < 500 && Files.size(file) < size; tries++) {
            Thread.sleep(10);
        }
    }
}
