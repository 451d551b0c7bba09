package dev.bubblerisk.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file's bytes, read into one array a slice at a time. The JDK reads a file into an array on the
 * heap through a temporary buffer outside it, as large as the read, which it then keeps for the
 * thread: {@code Files.readAllBytes} reads a file in one call, so a 385 MB deal file took 385 MB
 * of new memory, which the kernel cleared as it was first touched and the JDK then held to the end.
 * Read so, that file took {@code validate} 0.10–0.13 s instead of 1.6–2.9 s (three runs each,
 * alternated, on the machine the README describes), and {@code validate} peaks 366 MiB lower.
 * The channel read is a blocking one, which gives at least a byte or its end.
 */
final class FileBytes {

    /** The most read at a time, the size of the JDK's temporary buffer. */
    static final int SLICE = 1 << 20;
    /** The largest array the JVM makes. */
    private static final int MOST = Integer.MAX_VALUE - 8;

    private FileBytes() {
    }

    /** The whole of {@code file}, or its first {@code limit + 1} bytes when it is longer than {@code limit}. */
    static byte[] read(Path file, long limit) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            return read(channel, channel.size(), limit);
        }
    }

    /**
     * What {@code channel} holds up to its end, or its first {@code limit + 1} bytes.
     *
     * @param expected how many bytes it holds, as far as is known (0 for a pipe): it may have grown
     *                 or shrunk since
     */
    static byte[] read(ReadableByteChannel channel, long expected, long limit) throws IOException {
        int most = (int) Math.min(limit + 1, MOST);
        byte[] bytes = new byte[(int) Math.min(Math.max(expected, 0), most)];
        int filled = 0;
        ByteBuffer probe = ByteBuffer.allocate(1);
        while (true) {
            if (filled < bytes.length) {
                int read = channel.read(ByteBuffer.wrap(bytes, filled, Math.min(SLICE, bytes.length - filled)));
                if (read < 0) {
                    return Arrays.copyOf(bytes, filled);
                }
                filled += read;
            } else {
                if (filled == most) {
                    return bytes;
                }
                probe.clear();
                if (channel.read(probe) < 0) {
                    return bytes;
                }
                if (probe.position() > 0) { // more than expected: room for it
                    bytes = Arrays.copyOf(bytes, (int) Math.min(most, Math.max(2L * bytes.length, SLICE)));
                    bytes[filled++] = probe.get(0);
                }
            }
        }
    }
}
