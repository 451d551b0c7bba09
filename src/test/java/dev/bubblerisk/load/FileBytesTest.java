package dev.bubblerisk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a whole file a slice at a time: every byte, once, whatever its size said. */
class FileBytesTest {

    private static final long NO_LIMIT = Integer.MAX_VALUE;

    @TempDir
    Path directory;

    /** Bytes that differ from slice to slice, so a slice read twice or skipped shows. */
    private static byte[] data(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    /** A channel that hands out at most {@code most} bytes a read, as a pipe may. */
    private static ReadableByteChannel trickling(byte[] bytes, int most) {
        ReadableByteChannel whole = Channels.newChannel(new ByteArrayInputStream(bytes));
        return new ReadableByteChannel() {
            @Override
            public int read(ByteBuffer into) throws IOException {
                ByteBuffer part = into.slice(into.position(), Math.min(most, into.remaining()));
                int read = whole.read(part);
                if (read > 0) {
                    into.position(into.position() + read);
                }
                return read;
            }

            @Override
            public boolean isOpen() {
                return whole.isOpen();
            }

            @Override
            public void close() throws IOException {
                whole.close();
            }
        };
    }

    @Test
    void aFileOfSeveralSlicesIsReadWhole() throws IOException {
        byte[] written = data(3 * FileBytes.SLICE + 7);
        Path file = Files.write(directory.resolve("deals.json"), written);

        assertThat(FileBytes.read(file, NO_LIMIT)).isEqualTo(written);
    }

    @Test
    void anEmptyFileGivesNoBytes() throws IOException {
        Path file = Files.write(directory.resolve("deals.yaml"), new byte[0]);

        assertThat(FileBytes.read(file, NO_LIMIT)).isEmpty();
    }

    @Test
    void aChannelLongerThanItsSizeSaidIsReadToItsEnd() throws IOException {
        byte[] bytes = data(FileBytes.SLICE + 100);

        assertThat(FileBytes.read(trickling(bytes, 4096), 10, NO_LIMIT)).isEqualTo(bytes);
    }

    @Test
    void aChannelOfUnknownSizeIsReadToItsEnd() throws IOException {
        byte[] bytes = data(2 * FileBytes.SLICE + 3);

        assertThat(FileBytes.read(trickling(bytes, 1000), 0, NO_LIMIT)).isEqualTo(bytes);
    }

    @Test
    void aChannelShorterThanItsSizeSaidGivesWhatItHolds() throws IOException {
        byte[] bytes = data(5000);

        assertThat(FileBytes.read(trickling(bytes, 1 << 20), 9000, NO_LIMIT)).isEqualTo(bytes);
    }

    @Test
    void readingStopsOneBytePastTheLimitSoTheCallerCanTellItWasPassed() throws IOException {
        byte[] bytes = data(10_000);

        assertThat(FileBytes.read(trickling(bytes, 333), 0, 4000)).isEqualTo(Arrays.copyOf(bytes, 4001));
        assertThat(FileBytes.read(trickling(bytes, 333), 10_000, 4000)).isEqualTo(Arrays.copyOf(bytes, 4001));
        assertThat(FileBytes.read(trickling(bytes, 333), 10_000, 10_000)).isEqualTo(bytes);
    }
}
