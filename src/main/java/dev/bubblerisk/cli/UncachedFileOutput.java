package dev.bubblerisk.cli;

import com.sun.nio.file.ExtendedOpenOption;
import dev.bubblerisk.engine.HelperThread;
import dev.bubblerisk.report.PlacedOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Writes a file past the system's page cache (direct I/O) where its file system allows it, else
 * through an ordinary buffered stream. A report of gigabytes written through the cache fills it
 * with pages still to be written to disk; past the system's limit on those, every write waits for
 * the disk's write-back, and on the machine the benchmark describes a second 2.3 GB file took 4.6 s
 * that way against 1.0 s written directly. Direct I/O writes whole blocks from aligned memory: the
 * last block is padded and the file cut back to its length on {@link #close()}. When the first
 * direct write fails, the file is written the ordinary way instead. After it, each chunk is written
 * by a thread of its own while the next one fills, so that the disk is kept busy: writing the
 * million-deal report had spent three fifths of its time waiting on it. Chunks double from 1 MiB
 * to 8 MiB, as the disk writes large blocks faster (2 GiB in 1 MiB blocks took 1.5 s on that
 * machine, in 4 MiB blocks 1.2 s, in 8 MiB or 16 MiB blocks 1.1 s), while a small report takes no
 * more memory than before. A file can also be written in stretches at once ({@link #placed}), each
 * by one of these from its own position on, once a first direct write has shown that it can be.
 */
final class UncachedFileOutput extends OutputStream implements PlacedOutput.Stretch {

    private static final int FIRST_CHUNK = 1 << 20;
    private static final int LARGEST_CHUNK = 8 << 20;
    private static final int BUFFER = 1 << 16;

    private final Path file;
    /**
     * Where in the file the chunk being filled goes: from 0, or from a stretch's start (see
     * {@link #placed}) and wherever it is moved to. For the whole file, how much has been written.
     */
    private long next;
    /** Whether this writes the whole file: it may then fall back to ordinary writes, and it cuts the file at the end. */
    private final boolean whole;
    private FileChannel direct;
    private ByteBuffer chunk;
    /** The chunk being written while {@link #chunk} fills, and its write; none before the first write succeeds. */
    private ByteBuffer spare;
    private Future<?> writing;
    private ExecutorService writer;
    private int block;
    private OutputStream plain;

    private UncachedFileOutput(Path file) {
        this.file = file;
        this.next = 0;
        this.whole = true;
    }

    /** A stretch of {@code file} from {@code start} on, through {@code direct}, which stays open. */
    private UncachedFileOutput(Path file, FileChannel direct, int block, long start) {
        this.file = file;
        this.direct = direct;
        this.block = block;
        this.next = start;
        this.whole = false;
        chunk = aligned(FIRST_CHUNK, block);
    }

    /** Opens a file for direct I/O. */
    @FunctionalInterface
    interface DirectOpener {
        FileChannel open(Path file) throws IOException;
    }

    private static final DirectOpener DIRECT = file -> FileChannel.open(file, StandardOpenOption.WRITE,
            ExtendedOpenOption.DIRECT);

    /** A stream that replaces what {@code file} (which exists) holds, written directly where possible. */
    static OutputStream open(Path file) throws IOException {
        return open(file, DIRECT);
    }

    /** As {@link #open(Path)}, with the direct channel opened by {@code opener} (none: ordinary writes). */
    static OutputStream open(Path file, DirectOpener opener) throws IOException {
        UncachedFileOutput out = new UncachedFileOutput(file);
        if (opener == null || !out.openDirect(opener)) {
            out.openPlain();
        }
        return out;
    }

    /**
     * {@code file} (which exists) to be written in stretches at once, each directly; {@code null}
     * where direct I/O cannot be used (the file's first block is written to find out).
     */
    static PlacedOutput placed(Path file) throws IOException {
        return placed(file, DIRECT);
    }

    /** As {@link #placed(Path)}, with the direct channel opened by {@code opener}. */
    static PlacedOutput placed(Path file, DirectOpener opener) throws IOException {
        int block = directBlock(file);
        FileChannel channel = tryDirect(file, block, opener);
        if (channel == null) {
            return null;
        }
        try {
            writeAll(channel, aligned(block, block), 0);
        } catch (IOException e) {
            channel.close();
            return null;
        }
        return new Placed(file, channel, block);
    }

    /** A file written in stretches, each by an {@link UncachedFileOutput} of its own through one channel. */
    private static final class Placed implements PlacedOutput {
        private final Path file;
        private final FileChannel direct;
        private final int block;

        Placed(Path file, FileChannel direct, int block) {
            this.file = file;
            this.direct = direct;
            this.block = block;
        }

        @Override
        public int alignment() {
            return block;
        }

        @Override
        public Stretch from(long position) {
            if (position % block != 0) {
                throw new IllegalArgumentException("a stretch starts on a whole block, not at " + position);
            }
            return new UncachedFileOutput(file, direct, block, position);
        }

        @Override
        public void finish(long length) throws IOException {
            direct.truncate(length); // the padding of the last block
        }

        @Override
        public void close() throws IOException {
            direct.close();
        }
    }

    private boolean openDirect(DirectOpener opener) {
        try {
            block = directBlock(file);
        } catch (IOException e) {
            return false;
        }
        direct = tryDirect(file, block, opener);
        if (direct == null) {
            return false;
        }
        chunk = aligned(FIRST_CHUNK, block);
        return true;
    }

    /**
     * {@code file} opened by {@code opener} for direct writes in blocks of {@code block}, or
     * {@code null} where it cannot be (a block of 0 says the file system takes none).
     */
    private static FileChannel tryDirect(Path file, int block, DirectOpener opener) {
        if (block == 0) {
            return null;
        }
        try {
            return opener.open(file);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** The block that direct writes to {@code file} come in whole numbers of, or 0 where they cannot. */
    static int directBlock(Path file) throws IOException {
        long size = Files.getFileStore(file).getBlockSize();
        return size <= 0 || size > FIRST_CHUNK || FIRST_CHUNK % size != 0 ? 0 : (int) size;
    }

    /** A channel that writes {@code file} directly; fails where the file system takes no direct I/O. */
    static FileChannel directChannel(Path file) throws IOException {
        return DIRECT.open(file);
    }

    /** An empty chunk of {@code size} bytes, a whole number of blocks, at an address aligned to a block. */
    static ByteBuffer aligned(int size, int block) {
        return ByteBuffer.allocateDirect(size + block).alignedSlice(block).slice(0, size);
    }

    private void openPlain() throws IOException {
        plain = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING), BUFFER);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        put(ByteBuffer.wrap(bytes), offset, length);
    }

    @Override
    public void put(byte[] bytes, int offset, int length) throws IOException {
        write(bytes, offset, length);
    }

    @Override
    public void put(ByteBuffer bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (plain != null) {
                if (bytes.hasArray()) {
                    plain.write(bytes.array(), bytes.arrayOffset() + offset, length);
                } else {
                    byte[] copy = new byte[length];
                    bytes.get(offset, copy);
                    plain.write(copy);
                }
                return;
            }
            int taken = Math.min(length, chunk.remaining());
            chunk.put(chunk.position(), bytes, offset, taken);
            chunk.position(chunk.position() + taken);
            offset += taken;
            length -= taken;
            if (!chunk.hasRemaining()) {
                writeChunk(chunk.capacity());
            }
        }
    }

    /**
     * Goes on from {@code position}: a stretch's thread copies the next piece of the file it takes.
     * What is buffered, whole blocks, is written where it goes first, unless {@code position} is
     * where it ends.
     */
    @Override
    public void moveTo(long position) throws IOException {
        if (whole || position % block != 0) {
            throw new IllegalArgumentException("a stretch moves to a whole block, not to " + position);
        }
        int buffered = chunk.position();
        if (buffered % block != 0) {
            throw new IllegalStateException("a stretch moves once it has written whole blocks, not "
                    + buffered + " bytes more");
        }
        if (position == next + buffered) {
            return;
        }
        if (buffered > 0) {
            writeChunk(buffered);
        }
        next = position;
    }

    /** Whole blocks can only be written directly: buffered bytes stay buffered until {@link #close()}. */
    @Override
    public void flush() throws IOException {
        if (plain != null) {
            plain.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (plain == null) {
            try {
                awaitWriting();
                int tail = chunk.position();
                if (tail > 0) {
                    writeChunk((tail + block - 1) / block * block);
                    awaitWriting();
                } else if (next == 0 && whole) {
                    fallBack(0); // nothing to write directly: the ordinary way empties the file
                }
                if (plain == null && whole) {
                    direct.truncate(next); // the padding of the last block
                }
            } finally {
                if (writer != null) {
                    writer.shutdownNow();
                }
                if (direct != null && whole) {
                    direct.close();
                }
            }
        }
        if (plain != null) {
            plain.close();
        }
    }

    /**
     * Writes the first {@code length} bytes of the chunk, a whole number of blocks, and empties it:
     * the whole file's first chunk here, so that a failure can still fall back; others on the
     * writer thread, once the chunk it is writing is done.
     */
    private void writeChunk(int length) throws IOException {
        int data = chunk.position();
        long at = next;
        chunk.flip();
        chunk.limit(length);
        if (next == 0 && whole) {
            try {
                writeAll(chunk, at);
            } catch (IOException e) {
                fallBack(data);
                return;
            }
            chunk.clear();
        } else {
            awaitWriting();
            ByteBuffer full = chunk;
            writing = writer().submit(() -> {
                writeAll(full, at);
                return null;
            });
            int size = Math.min(2 * full.capacity(), LARGEST_CHUNK);
            chunk = spare != null && spare.capacity() == size ? spare : aligned(size, block);
            spare = full;
            chunk.clear();
        }
        next += data;
    }

    private void writeAll(ByteBuffer buffer, long at) throws IOException {
        writeAll(direct, buffer, at);
    }

    /** Writes what remains of {@code buffer} into {@code channel}, its byte at index i at {@code at + i}. */
    static void writeAll(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer, at + buffer.position());
        }
    }

    private ExecutorService writer() {
        if (writer == null) {
            writer = HelperThread.start("report-writer");
        }
        return writer;
    }

    /** Waits for the chunk being written, if any, and passes on its failure. */
    private void awaitWriting() throws IOException {
        if (writing == null) {
            return;
        }
        try {
            HelperThread.await(writing, IOException.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing " + file);
        } finally {
            writing = null;
        }
    }

    /** The first direct write failed: the file is written the ordinary way, starting with what is buffered. */
    private void fallBack(int data) throws IOException {
        direct.close();
        direct = null;
        openPlain();
        byte[] bytes = new byte[data];
        chunk.get(0, bytes);
        plain.write(bytes);
    }
}
