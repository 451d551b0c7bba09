package dev.bubblerisk.report;

import java.io.Closeable;
import java.io.IOException;

/**
 * A file written in stretches at once, each from a position of its own (a report copied by two
 * threads, say). Stretches start at whole multiples of {@link #alignment()}, and one can go on
 * from another such position once it has written whole multiples of it.
 */
public interface PlacedOutput extends Closeable {

    /** What each stretch's first position is a multiple of. */
    int alignment();

    /** A stretch of the file from {@code position} on; close it once its bytes are all put. */
    Stretch from(long position) throws IOException;

    /** Makes the file {@code length} bytes long, once every stretch is closed. */
    void finish(long length) throws IOException;

    /** The bytes of one stretch, in order. */
    interface Stretch extends ByteSink, Closeable {

        /**
         * Goes on from {@code position}, a whole multiple of {@link #alignment()}, as if a new
         * stretch started there; what was put so far must fill whole multiples of it.
         */
        void moveTo(long position) throws IOException;
    }
}
