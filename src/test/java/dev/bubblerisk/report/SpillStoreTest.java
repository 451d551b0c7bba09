package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillStoreTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatWasWrittenInMemoryAndPastItsAllowanceInAFile() throws IOException {
        // 64 KiB, then 128 KiB chunks fit in the allowance; the rest goes to the file
        SpillStore.Memory memory = new SpillStore.Memory(200_000);
        Random random = new Random(11);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        List<long[]> pieces = new ArrayList<>();
        try (SpillStore store = new SpillStore(dir, memory)) {
            while (expected.size() < 1_000_000) {
                byte[] piece = new byte[random.nextInt(40_000)];
                random.nextBytes(piece);
                pieces.add(new long[] {store.size(), piece.length});
                store.write(piece, 0, piece.length);
                expected.write(piece);
            }
            store.flush();
            assertThat(files()).as("the store's file").hasSize(1);

            byte[] all = expected.toByteArray();
            byte[] into = new byte[40_000];
            for (long[] piece : pieces) {
                int length = (int) piece[1];
                store.read(piece[0], into, length);
                assertThat(Arrays.copyOf(into, length))
                        .isEqualTo(Arrays.copyOfRange(all, (int) piece[0], (int) piece[0] + length));
            }
            int across = 64 * 1024 - 100; // the end of the first chunk and the start of the second
            store.read(across, into, 300);
            assertThat(Arrays.copyOf(into, 300)).isEqualTo(Arrays.copyOfRange(all, across, across + 300));
            int atTheEdge = 3 * 64 * 1024 - 150; // the end of memory and the start of the file
            store.read(atTheEdge, into, 400);
            assertThat(Arrays.copyOf(into, 400)).isEqualTo(Arrays.copyOfRange(all, atTheEdge, atTheEdge + 400));
        }
        assertThat(files()).as("left behind").isEmpty();
    }

    @Test
    void keepsEverythingInMemoryWhileTheAllowanceLasts() throws IOException {
        try (SpillStore store = new SpillStore(dir, new SpillStore.Memory(1 << 20))) {
            byte[] bytes = "{\"deal\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < 1000; i++) {
                store.write(bytes, 0, bytes.length);
            }
            store.flush();
            byte[] into = new byte[bytes.length];
            store.read(500L * bytes.length, into, bytes.length);
            assertThat(into).isEqualTo(bytes);
            assertThat(files()).isEmpty();
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
