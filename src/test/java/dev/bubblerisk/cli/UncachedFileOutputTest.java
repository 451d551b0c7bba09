package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bubblerisk.report.PlacedOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UncachedFileOutputTest {

    private static final int MIB = 1 << 20;

    @TempDir
    Path directory;

    /**
     * Lengths around a block (4 KiB on most file systems) and around the ends of the stream's
     * chunks, which double from 1 MiB to 8 MiB (at 1, 3, 7, 15 and 23 MiB).
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4095, 4096, 4097, MIB - 1, MIB, MIB + 1, 3 * MIB + 12_345, 7 * MIB, 9 * MIB + 4096,
            15 * MIB - 1, 15 * MIB + 1, 23 * MIB, 24 * MIB + 4097})
    void writesExactlyTheBytesGivenWhetherDirectOrNot(int length) throws IOException {
        byte[] content = randomBytes(length);

        assertThat(written(content, true)).isEqualTo(content);
        assertThat(written(content, false)).isEqualTo(content);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10, 4096, MIB + 7})
    void writesTheOrdinaryWayWhenTheFirstDirectWriteFails(int length) throws IOException {
        byte[] content = randomBytes(length);
        Path file = Files.createFile(directory.resolve("report.json"));
        UncachedFileOutput.DirectOpener refusing = path -> {
            FileChannel closed = FileChannel.open(path, StandardOpenOption.WRITE);
            closed.close(); // its first write throws ClosedChannelException, an IOException
            return closed;
        };

        try (OutputStream out = UncachedFileOutput.open(file, refusing)) {
            writeInPieces(out, content);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    /** Chunks after the first are written on a thread of their own: a failure there must still reach the caller. */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5})
    void passesOnAFailureOfALaterDirectWrite(int failingWrite) throws IOException {
        Path file = Files.createFile(directory.resolve("report.json"));
        UncachedFileOutput.DirectOpener failingLater = path -> new FailingChannel(FileChannel.open(path, StandardOpenOption.WRITE),
                failingWrite);

        assertThatThrownBy(() -> {
            try (OutputStream out = UncachedFileOutput.open(file, failingLater)) {
                writeInPieces(out, randomBytes(16 * MIB + 10)); // written in five chunks
            }
        }).isInstanceOf(IOException.class).hasMessage("no space left on device");
    }

    /**
     * Stretches written at once, by threads of their own from whole blocks on, make the file, cut to
     * its length; the stretches' ends fall within the chunks they are written in.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void writesAFileInStretchesAtOnce(int stretches) throws Exception {
        byte[] content = randomBytes(17 * MIB + 12_345);
        Path file = directory.resolve("report.json");
        Files.write(file, randomBytes(20 * MIB)); // what a report written ahead held

        try (PlacedOutput placed = UncachedFileOutput.placed(file)) {
            assumeTrue(placed != null, "the file system takes no direct I/O");
            int block = placed.alignment();
            int[] bounds = new int[stretches + 1];
            int[][] taken = new int[stretches][];
            for (int i = 0; i < stretches; i++) {
                bounds[i + 1] = i + 1 == stretches ? content.length
                        : (int) ((long) content.length * (i + 1) / stretches / block * block);
                taken[i] = new int[] {i};
            }
            writeInPieces(placed, content, bounds, taken);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    /**
     * Two stretches, each moving on to the next piece of the file it takes, write the pieces in
     * turn: the file is the pieces in order, whether a stretch's next piece follows its last or
     * not, and whatever its chunk held when it moved.
     */
    @Test
    void writesPiecesOfAFileInTurnThroughAStretchThatMoves() throws Exception {
        byte[] content = randomBytes(19 * MIB + 777);
        Path file = directory.resolve("report.json");
        Files.write(file, randomBytes(24 * MIB));

        try (PlacedOutput placed = UncachedFileOutput.placed(file)) {
            assumeTrue(placed != null, "the file system takes no direct I/O");
            int block = placed.alignment();
            int[] bounds = {0, 3 * block, 2 * MIB + 5 * block, 2 * MIB + 9 * block, 11 * MIB, 13 * MIB + block,
                content.length};
            writeInPieces(placed, content, bounds, new int[][] {{0, 2, 3, 5}, {1, 4}}); // 3 follows 2
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    /**
     * Writes {@code content} into {@code placed}, cut at {@code bounds}: each of {@code taken}'s
     * lists of pieces by a thread of its own, through one stretch that moves from piece to piece.
     */
    private static void writeInPieces(PlacedOutput placed, byte[] content, int[] bounds, int[][] taken)
            throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int[] pieces : taken) {
            PlacedOutput.Stretch stretch = placed.from(bounds[pieces[0]]);
            Thread thread = new Thread(() -> {
                try (stretch) {
                    for (int i = 0; i < pieces.length; i++) {
                        if (i > 0) {
                            stretch.moveTo(bounds[pieces[i]]);
                        }
                        putInPieces(stretch, content, bounds[pieces[i]], bounds[pieces[i] + 1]);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        placed.finish(content.length);
    }

    @Test
    void movesAStretchOnlyFromAndToWholeBlocks() throws IOException {
        Path file = Files.createFile(directory.resolve("report.json"));

        try (PlacedOutput placed = UncachedFileOutput.placed(file)) {
            assumeTrue(placed != null, "the file system takes no direct I/O");
            int block = placed.alignment();
            try (PlacedOutput.Stretch stretch = placed.from(0)) {
                stretch.put(randomBytes(block), 0, block);
                assertThatThrownBy(() -> stretch.moveTo(4L * block + 1)).isInstanceOf(IllegalArgumentException.class);
                stretch.put(randomBytes(1), 0, 1);
                assertThatThrownBy(() -> stretch.moveTo(4L * block)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("whole blocks");
            }
        }
    }

    @Test
    void isWrittenInStretchesOnlyWhereTheFirstDirectWriteWorks() throws IOException {
        Path file = Files.createFile(directory.resolve("report.json"));
        UncachedFileOutput.DirectOpener refusing = path -> {
            FileChannel closed = FileChannel.open(path, StandardOpenOption.WRITE);
            closed.close();
            return closed;
        };

        assertThat(UncachedFileOutput.placed(file, refusing)).isNull();
        assertThat(UncachedFileOutput.placed(file, path -> {
            throw new UnsupportedOperationException("no direct I/O here");
        })).isNull();
    }

    @Test
    void passesOnAFailureOfAStretchsWrite() throws IOException {
        Path file = Files.createFile(directory.resolve("report.json"));
        UncachedFileOutput.DirectOpener failingLater = path -> new FailingChannel(FileChannel.open(path, StandardOpenOption.WRITE),
                3); // the first write tells whether direct writes work

        try (PlacedOutput placed = UncachedFileOutput.placed(file, failingLater)) {
            assumeTrue(placed != null, "the file system takes no direct I/O");
            assertThatThrownBy(() -> {
                try (PlacedOutput.Stretch stretch = placed.from(0)) {
                    putInPieces(stretch, randomBytes(16 * MIB + 10), 0, 16 * MIB + 10);
                }
            }).isInstanceOf(IOException.class).hasMessage("no space left on device");
            assertThatThrownBy(() -> placed.from(placed.alignment() + 1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void replacesWhatTheFileHeldBefore(boolean uncached) throws IOException {
        Path file = directory.resolve("report.json");
        Files.write(file, randomBytes(3 * MIB));

        try (OutputStream out = open(file, uncached)) {
            out.write("short".getBytes());
        }

        assertThat(Files.readString(file)).isEqualTo("short");
    }

    private byte[] written(byte[] content, boolean uncached) throws IOException {
        Path file = Files.createTempFile(directory, "report", ".json");
        try (OutputStream out = open(file, uncached)) {
            writeInPieces(out, content);
            out.flush();
        }
        return Files.readAllBytes(file);
    }

    private static OutputStream open(Path file, boolean uncached) throws IOException {
        return uncached ? UncachedFileOutput.open(file) : UncachedFileOutput.open(file, null);
    }

    /** Pieces of uneven sizes, some single bytes, some larger than a chunk. */
    private static void writeInPieces(OutputStream out, byte[] content) throws IOException {
        Random sizes = new Random(content.length);
        int at = 0;
        while (at < content.length) {
            int piece = Math.min(content.length - at, sizes.nextInt(4) == 0 ? 1 : sizes.nextInt(MIB + MIB / 2));
            if (piece == 1) {
                out.write(content[at]);
            } else {
                out.write(content, at, piece);
            }
            at += piece;
        }
    }

    /** The bytes from {@code from} to {@code to} put in pieces of uneven sizes, from arrays and from buffers outside the heap. */
    private static void putInPieces(PlacedOutput.Stretch stretch, byte[] content, int from, int to) throws IOException {
        Random sizes = new Random(from);
        int at = from;
        while (at < to) {
            int piece = Math.min(to - at, sizes.nextInt(MIB + MIB / 2) + 1);
            if (sizes.nextBoolean()) {
                stretch.put(content, at, piece);
            } else {
                ByteBuffer outside = ByteBuffer.allocateDirect(piece + 3);
                outside.put(3, content, at, piece);
                stretch.put(outside, 3, piece);
            }
            at += piece;
        }
    }

    /** A channel whose {@code failing}-th write, counted from 1, fails as a full disk does. */
    private static final class FailingChannel extends FileChannel {
        private final FileChannel channel;
        private final int failing;
        private int writes;

        FailingChannel(FileChannel channel, int failing) {
            this.channel = channel;
            this.failing = failing;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            failIfDue();
            return channel.write(source);
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            failIfDue();
            return channel.write(source, position);
        }

        private synchronized void failIfDue() throws IOException {
            if (++writes == failing) {
                throw new IOException("no space left on device");
            }
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            return channel.read(destination);
        }

        @Override
        public long read(ByteBuffer[] destinations, int offset, int length) throws IOException {
            return channel.read(destinations, offset, length);
        }

        @Override
        public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long position) throws IOException {
            channel.position(position);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            channel.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferFrom(ReadableByteChannel source, long position, long count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(ByteBuffer destination, long position) throws IOException {
            return channel.read(destination, position);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length * 31L + 7).nextBytes(bytes);
        return bytes;
    }
}
