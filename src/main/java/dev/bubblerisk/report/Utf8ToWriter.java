package dev.bubblerisk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Passes UTF-8 bytes on to a {@link Writer} as characters, for a report written in bytes whose
 * reader wants text (standard output as the command line holds it). A character split across
 * two writes is kept until its last byte comes. Closing flushes, and leaves the writer open.
 */
public final class Utf8ToWriter extends OutputStream {

    private final Writer out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    private final ByteBuffer pending = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);

    public Utf8ToWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            int taken = Math.min(length, pending.remaining());
            pending.put(bytes, offset, taken);
            offset += taken;
            length -= taken;
            decode();
        }
    }

    private void decode() throws IOException {
        pending.flip();
        CoderResult result;
        do {
            result = decoder.decode(pending, chars, false);
            if (result.isError()) {
                result.throwException();
            }
            out.write(chars.array(), 0, chars.position());
            chars.clear();
        } while (result.isOverflow());
        pending.compact(); // the first bytes of a character still to come
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
