package dev.bubblerisk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Encodes a value apart from the document it goes in, indented for the depth it will stand at
 * there, and hands its bytes to {@link KeptBlocks} to keep. One value at a time: not thread-safe.
 */
final class Fragments {

    /** Writes one value. */
    @FunctionalInterface
    interface Value {
        void writeTo(Utf8JsonWriter json) throws IOException;
    }

    private final Scratch scratch = new Scratch();
    /** Per nesting depth, a writer into {@link #scratch}, made when first needed. */
    private final Map<Integer, Utf8JsonWriter> writers = new HashMap<>();

    /** Encodes {@code value} as the next value of a document at {@code depth}, and keeps it in {@code blocks}. */
    <B> B keep(int depth, Value value, KeptBlocks<B> blocks) throws IOException {
        Utf8JsonWriter fragment = writers.computeIfAbsent(depth, each -> new Utf8JsonWriter(scratch, each));
        scratch.reset();
        fragment.startFragment();
        value.writeTo(fragment);
        fragment.flush();
        return blocks.keep(scratch.bytes(), scratch.size());
    }

    /** Bytes written, handed on without a copy. */
    private static final class Scratch extends ByteArrayOutputStream {
        byte[] bytes() {
            return buf;
        }
    }
}
