package dev.bubblerisk.report;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Where copied bytes go, from arrays on the heap or from buffers outside it. */
public interface ByteSink {

    void put(byte[] bytes, int offset, int length) throws IOException;

    /** Copies {@code length} bytes of {@code bytes} from index {@code offset} on; its position stays. */
    void put(ByteBuffer bytes, int offset, int length) throws IOException;
}
