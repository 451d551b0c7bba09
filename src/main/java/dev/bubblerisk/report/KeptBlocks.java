package dev.bubblerisk.report;

import java.io.IOException;
import java.util.Arrays;

/**
 * Where encoded values that recur are kept, and how they are placed in a document: bytes on the
 * heap placed as they are, for a report written whole, or positions in a store spliced in later,
 * for {@link JsonDealSpill}.
 *
 * @param <B> a value's bytes as kept
 */
interface KeptBlocks<B> {

    /** Keeps the first {@code length} of {@code bytes}, which are not kept by the caller. */
    B keep(byte[] bytes, int length) throws IOException;

    /** Places a value kept before where {@code json} would write its next value. */
    void place(Utf8JsonWriter json, B kept) throws IOException;

    /** Values kept as arrays of bytes, placed in the document as they are. */
    static KeptBlocks<byte[]> inline() {
        return new KeptBlocks<>() {
            @Override
            public byte[] keep(byte[] bytes, int length) {
                return Arrays.copyOf(bytes, length);
            }

            @Override
            public void place(Utf8JsonWriter json, byte[] kept) throws IOException {
                json.rawValue(kept, kept.length);
            }
        };
    }
}
