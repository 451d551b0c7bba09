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

    @Test
    void writesOverTheArraysGivenBackBeforeTakingNewMemory() throws IOException {
        SpillStore.Memory memory = new SpillStore.Memory(0); // no new memory at all
        byte[] given = new byte[200_000]; // room for the 64 KiB and 128 KiB chunks, not the 256 KiB one
        memory.giveBack(given);
        memory.giveBack(new byte[1000]); // too small for a chunk
        Random random = new Random(5);
        byte[] all = new byte[300_000];
        random.nextBytes(all);
        try (SpillStore store = new SpillStore(dir, memory)) {
            store.write(all, 0, 190_000);
            store.flush();
            assertThat(files()).as("while the array lasts").isEmpty();
            assertThat(Arrays.copyOf(given, 190_000)).as("the array given back").isEqualTo(Arrays.copyOf(all, 190_000));

            store.write(all, 190_000, all.length - 190_000);
            store.flush();
            assertThat(files()).as("past it").hasSize(1);
            byte[] into = new byte[all.length];
            store.read(0, into, all.length);
            assertThat(into).isEqualTo(all);
            int atTheEdge = 3 * 64 * 1024 - 150; // the end of the array's chunks and the start of the file
            store.read(atTheEdge, into, 400);
            assertThat(Arrays.copyOf(into, 400)).isEqualTo(Arrays.copyOfRange(all, atTheEdge, atTheEdge + 400));
        }
        assertThat(files()).as("left behind").isEmpty();
    }

    @Test
    void cutsArraysGivenBackInTurnAcrossStoresThenTakesNewMemory() throws IOException {
        SpillStore.Memory memory = new SpillStore.Memory(1 << 20);
        byte[] first = new byte[100_000]; // one 64 KiB chunk; the rest is too small for another
        byte[] second = new byte[70_000]; // one more
        memory.giveBack(first);
        memory.giveBack(second);
        byte[] a = new byte[65_536];
        byte[] b = new byte[65_536];
        byte[] c = new byte[65_536];
        Arrays.fill(a, (byte) 'a');
        Arrays.fill(b, (byte) 'b');
        Arrays.fill(c, (byte) 'c');
        try (SpillStore one = new SpillStore(dir, memory); SpillStore two = new SpillStore(dir, memory);
             SpillStore three = new SpillStore(dir, memory)) {
            one.write(a, 0, a.length);
            two.write(b, 0, b.length);
            three.write(c, 0, c.length); // new memory
            assertThat(Arrays.copyOf(first, 65_536)).containsOnly((byte) 'a');
            assertThat(Arrays.copyOf(second, 65_536)).containsOnly((byte) 'b');
            assertThat(first[65_536]).isZero();
            byte[] into = new byte[65_536];
            three.read(0, into, into.length);
            assertThat(into).isEqualTo(c);
            assertThat(files()).isEmpty();
        }
    }

    @Test
    void writesIntoMemoryTouchedAheadBeforeTakingNewMemory() throws IOException {
        SpillStore.Memory memory = new SpillStore.Memory(4 << 20, 4 << 20); // one block touched ahead, then nothing new
        long prepared = memory.prepare(1, () -> false);
        byte[] all = new byte[3 << 20];
        new Random(17).nextBytes(all);
        try (SpillStore store = new SpillStore(dir, memory)) {
            store.write(all, 0, all.length);
            store.flush();
            byte[] into = new byte[all.length];
            store.read(0, into, all.length);

            assertThat(prepared).isEqualTo(4 << 20);
            assertThat(files()).as("the deals fit in the block touched ahead").isEmpty();
            assertThat(into).isEqualTo(all);
        }
    }

    @Test
    void touchesAheadWithinTheAllowanceAndLeavesTheRestToTheStores() throws IOException {
        SpillStore.Memory memory = new SpillStore.Memory(10 << 20, 4 << 20); // two 4 MiB blocks, and 2 MiB
        long prepared = memory.prepare(100 << 20, () -> false);
        byte[] all = new byte[(19 << 20) / 2]; // 8 MiB touched ahead, less what chunks leave unused, and 2 MiB new
        new Random(19).nextBytes(all);
        try (SpillStore store = new SpillStore(dir, memory)) {
            store.write(all, 0, all.length);
            store.flush();

            assertThat(prepared).isEqualTo(8 << 20);
            assertThat(files()).isEmpty();
        }
    }

    @Test
    void stopsTouchingAheadWhenTold() {
        SpillStore.Memory memory = new SpillStore.Memory(64 << 20, 4 << 20);
        int[] asked = new int[1];

        long prepared = memory.prepare(64 << 20, () -> ++asked[0] > 2);

        assertThat(prepared).as("two blocks, then told to stop").isEqualTo(8 << 20);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
