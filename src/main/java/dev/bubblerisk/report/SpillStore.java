package dev.bubblerisk.report;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Bytes written once and read back later by position: kept in memory while a {@link Memory}
 * shared by several stores lasts (first in arrays it was given back and memory touched ahead, then
 * outside the heap within an allowance), then in a temporary file. Memory is much the cheaper
 * here: writing a file through the system's page cache and reading it back cost several seconds
 * of kernel time per gigabyte on the machine the README describes. Memory taken is given back to
 * the system by the garbage collector once the store is closed. Written by one thread; once
 * flushed, read by any number at once.
 */
final class SpillStore extends OutputStream {

    private static final int FIRST_CHUNK = 1 << 16;
    /**
     * Chunks double up to this. A direct buffer is zeroed, so touched, whole when allocated, and a
     * store's last chunk is on average half unused: with a store per score, chunks of 8 MiB had left
     * some 90 MB touched for nothing at a million deals.
     */
    private static final int LARGEST_CHUNK = 1 << 20;
    /** The most bytes read from the file at a time, for {@link #copyTo}. */
    private static final int FILE_READ = 1 << 16;
    /** Direct memory left to the JVM's own I/O buffers. */
    private static final long RESERVED = 64L << 20;

    /**
     * The memory the stores that share it may still take: arrays given back to be written over,
     * and memory outside the heap touched ahead, then new memory outside the heap, up to an
     * allowance. Safe to give memory to while a store takes some.
     */
    static final class Memory {
        /**
         * The size of the blocks of memory touched ahead, each cut into chunks in turn. For a large
         * input the launcher has glibc ask the kernel for transparent huge pages for the memory it
         * maps, and only the 2 MiB stretches of a block that lie on a 2 MiB boundary get one: a
         * 4 MiB block got one or none, a 64 MiB one gets 31 or 32. On the machine the README
         * describes, touching the million-deal report's blocks ahead took 0.3 s of processor
         * time instead of 2.1 s in 4 KiB pages (1.3 s in blocks of 4 MiB).
         */
        private static final int PREPARED_BLOCK = 64 << 20;

        private final int preparedBlock;
        private long left;
        /**
         * Memory already touched that nothing else uses (arrays given back, blocks touched ahead),
         * cut into chunks in turn; the first is cut from {@link #cut} on.
         */
        private final ArrayDeque<ByteBuffer> given = new ArrayDeque<>();
        private int cut;

        /** An allowance of {@code bytes}, touched ahead in blocks of {@link #PREPARED_BLOCK} bytes. */
        Memory(long bytes) {
            this(bytes, PREPARED_BLOCK);
        }

        /** An allowance of {@code bytes}, touched ahead in blocks of {@code preparedBlock} bytes. */
        Memory(long bytes, int preparedBlock) {
            this.left = bytes;
            this.preparedBlock = preparedBlock;
        }

        /**
         * A quarter of the machine's memory, within what the JVM lets direct buffers take (by
         * default as much as the heap may grow to).
         */
        static Memory ofMachine() {
            long heap = Runtime.getRuntime().maxMemory();
            long physical;
            long direct;
            try {
                physical = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getTotalMemorySize();
                direct = Long.parseLong(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .getVMOption("MaxDirectMemorySize").getValue());
            } catch (RuntimeException e) { // a JVM without these beans: as much as the heap, the usual default
                physical = 4 * heap;
                direct = 0;
            }
            if (direct == 0) {
                direct = heap;
            }
            return new Memory(Math.max(0, Math.min(physical / 4, direct - RESERVED)));
        }

        /**
         * Lets the stores write over {@code bytes}, which nothing else may use any more (a deal
         * file's bytes once parsed), before they take new memory. The process has already touched
         * that memory: new memory costs the kernel's page faults as it is first written, several
         * times what writing it costs once faulted in on the machine the README describes.
         * Arrays too small for a first chunk are not kept.
         */
        synchronized void giveBack(byte[] bytes) {
            if (bytes.length >= FIRST_CHUNK) {
                given.add(ByteBuffer.wrap(bytes));
            }
        }

        /**
         * Takes up to {@code bytes} of new memory now, within the allowance, and touches it, for the
         * stores to take before new memory: the kernel clears memory as it is first touched, and on
         * the machine the README describes that cost the thread writing the deals away some 0.4 s
         * of processor time at a million deals. Run where it takes only idle processor time; it
         * stops early once {@code stopped} says so.
         *
         * @return how many bytes it took
         */
        long prepare(long bytes, BooleanSupplier stopped) {
            long prepared = 0;
            while (prepared < bytes && !stopped.getAsBoolean()) {
                synchronized (this) {
                    if (left < preparedBlock) {
                        break; // what is left is for the stores to take as they need it
                    }
                    left -= preparedBlock;
                }
                ByteBuffer block;
                try {
                    block = ByteBuffer.allocateDirect(preparedBlock); // zeroed, so touched, by the JVM
                } catch (OutOfMemoryError e) { // the JVM's limit on direct memory: the stores meet it themselves
                    break;
                }
                synchronized (this) {
                    given.add(block);
                }
                prepared += preparedBlock;
            }
            return prepared;
        }

        /** A chunk of {@code size} bytes: cut from the memory given while it lasts, else new; {@code null} when none is left. */
        private ByteBuffer chunk(int size) {
            synchronized (this) {
                for (ByteBuffer bytes = given.peek(); bytes != null; bytes = given.peek()) {
                    if (bytes.capacity() - cut >= size) {
                        ByteBuffer chunk = bytes.slice(cut, size);
                        cut += size;
                        return chunk;
                    }
                    given.poll(); // what is left of it is too small
                    cut = 0;
                }
                if (size > left) {
                    runOut();
                    return null;
                }
                left -= size;
            }
            try {
                return ByteBuffer.allocateDirect(size);
            } catch (OutOfMemoryError e) { // the JVM's limit on direct memory, set lower than the allowance
                runOut();
                return null;
            }
        }

        /** No more memory for any store: what is written from now on goes to their files. */
        private synchronized void runOut() {
            left = 0;
            given.clear();
        }
    }

    private final Path directory;
    private final Memory memory;
    private final List<ByteBuffer> chunks = new ArrayList<>();
    /** Where each chunk starts, for the first {@code chunks.size()}. */
    private long[] starts = new long[8];
    private ByteBuffer last;
    /** The bytes kept in memory; the file holds those after them. */
    private long inMemory;
    private Path file;
    private FileChannel channel;
    private OutputStream fileStream;
    private long written;

    /** @param directory where the temporary file goes if memory runs out; {@link #close()} deletes it */
    SpillStore(Path directory, Memory memory) {
        this.directory = directory;
        this.memory = memory;
    }

    /** The number of bytes written so far: the position of the next. */
    long size() {
        return written;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        written += length;
        while (length > 0 && fileStream == null) {
            if ((last == null || !last.hasRemaining()) && !nextChunk()) {
                break;
            }
            int part = Math.min(length, last.remaining());
            last.put(bytes, offset, part);
            inMemory += part;
            offset += part;
            length -= part;
        }
        if (length > 0) {
            fileStream().write(bytes, offset, length);
        }
    }

    private boolean nextChunk() {
        ByteBuffer chunk = memory.chunk(last == null ? FIRST_CHUNK : Math.min(2 * last.capacity(), LARGEST_CHUNK));
        if (chunk == null) {
            return false;
        }
        if (chunks.size() == starts.length) {
            starts = Arrays.copyOf(starts, 2 * starts.length);
        }
        starts[chunks.size()] = inMemory;
        chunks.add(chunk);
        last = chunk;
        return true;
    }

    private OutputStream fileStream() throws IOException {
        if (fileStream == null) {
            file = Files.createTempFile(directory, "bubblerisk-deals-", ".json.part");
            file.toFile().deleteOnExit(); // also when the run is interrupted (Ctrl-C)
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            fileStream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        }
        return fileStream;
    }

    /** Makes everything written readable. */
    @Override
    public void flush() throws IOException {
        if (fileStream != null) {
            fileStream.flush();
        }
    }

    /** Reads {@code length} bytes from {@code position} into the start of {@code into}; after {@link #flush()}. */
    void read(long position, byte[] into, int length) throws IOException {
        copyTo(position, length, new ByteSink() {
            private int done;

            @Override
            public void put(byte[] bytes, int offset, int part) {
                System.arraycopy(bytes, offset, into, done, part);
                done += part;
            }

            @Override
            public void put(ByteBuffer bytes, int offset, int part) {
                bytes.get(offset, into, done, part);
                done += part;
            }
        });
    }

    /**
     * Puts {@code length} bytes from {@code position} into {@code sink}, straight from memory where
     * they are kept there; after {@link #flush()}, and then from any number of threads at once.
     */
    void copyTo(long position, int length, ByteSink sink) throws IOException {
        int done = 0;
        if (position < inMemory) {
            int chunk = Arrays.binarySearch(starts, 0, chunks.size(), position);
            chunk = chunk >= 0 ? chunk : -chunk - 2;
            int at = (int) (position - starts[chunk]);
            while (done < length && chunk < chunks.size()) {
                ByteBuffer bytes = chunks.get(chunk);
                int part = Math.min(length - done, bytes.position() - at);
                sink.put(bytes, at, part);
                done += part;
                chunk++;
                at = 0;
            }
        }
        if (done < length) {
            ByteBuffer buffer = ByteBuffer.allocate(Math.min(length - done, FILE_READ));
            long from = position + done - inMemory;
            while (done < length) {
                buffer.clear().limit(Math.min(length - done, FILE_READ));
                while (buffer.hasRemaining()) {
                    if (channel == null || channel.read(buffer, from + buffer.position()) < 0) {
                        throw new IOException("the temporary file of deals " + file + " was cut short");
                    }
                }
                sink.put(buffer.array(), 0, buffer.limit());
                done += buffer.limit();
                from += buffer.limit();
            }
        }
    }

    /** Lets the memory go and deletes the file. */
    @Override
    public void close() throws IOException {
        chunks.clear();
        last = null;
        if (channel != null) {
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(file);
                channel = null;
                fileStream = null;
            }
        }
    }
}
