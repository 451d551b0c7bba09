package dev.bubblerisk.report;

import dev.bubblerisk.model.Evidence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the evidence of findings, and keeps the longer lists encoded for the next deal that
 * cites them: every deal of a buyer cites the buyer's whole commitment, the same few dozen lines,
 * and a loop's deals cite the whole loop. A list is written again from its bytes only when it
 * holds the very same evidence items (the engine makes one per input element and session), so the
 * report is byte for byte what writing each item gives. Where the bytes are kept, and how they
 * are placed in a document, is up to its {@link Blocks}. One deal at a time: not thread-safe.
 *
 * @param <B> a list's bytes as its {@link Blocks} keep them
 */
final class EncodedEvidence<B> {

    /** Lists this long or shorter are written item by item: a lookup would cost about as much. */
    private static final int FEW = 8;
    /** The most lists kept, the least recently added dropped first; a session's buyers fit. */
    private static final int KEPT = 4096;

    /** Keeps encoded lists and places them in documents. */
    interface Blocks<B> {
        /** Keeps the first {@code length} of {@code bytes}, which are not kept by the caller. */
        B keep(byte[] bytes, int length) throws IOException;

        /** Places a list kept before as the value the member {@code json} has just named. */
        void place(Utf8JsonWriter json, B list) throws IOException;
    }

    /** Lists kept as arrays of bytes, placed in the document as they are. */
    static EncodedEvidence<byte[]> inline() {
        return new EncodedEvidence<>(new Blocks<>() {
            @Override
            public byte[] keep(byte[] bytes, int length) {
                return Arrays.copyOf(bytes, length);
            }

            @Override
            public void place(Utf8JsonWriter json, byte[] list) throws IOException {
                json.rawValue(list, list.length);
            }
        });
    }

    private final Blocks<B> blocks;
    private final Map<Key, B> encoded = new LinkedHashMap<>(2 * KEPT, 0.75f) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, B> eldest) {
            return size() > KEPT;
        }
    };
    private final Scratch scratch = new Scratch();
    /** Per nesting depth, a writer of lists into {@link #scratch}, made when first needed. */
    private final Map<Integer, Utf8JsonWriter> fragments = new HashMap<>();

    EncodedEvidence(Blocks<B> blocks) {
        this.blocks = blocks;
    }

    /** The array of {@code evidence}, as the value of the member {@code json} has just named. */
    void write(Utf8JsonWriter json, List<Evidence> evidence) throws IOException {
        if (evidence.size() <= FEW) {
            writeItems(json, evidence);
            return;
        }
        Key key = new Key(evidence);
        B list = encoded.get(key);
        if (list == null) {
            Utf8JsonWriter fragment = fragments.computeIfAbsent(json.depth(), depth -> new Utf8JsonWriter(scratch, depth));
            scratch.reset();
            fragment.startFragment();
            writeItems(fragment, evidence);
            fragment.flush();
            list = blocks.keep(scratch.bytes(), scratch.size());
            encoded.put(key, list);
        }
        blocks.place(json, list);
    }

    /** Bytes written, handed on without a copy. */
    private static final class Scratch extends ByteArrayOutputStream {
        byte[] bytes() {
            return buf;
        }
    }

    private static void writeItems(Utf8JsonWriter json, List<Evidence> evidence) throws IOException {
        json.startArray();
        for (Evidence item : evidence) {
            json.startInlineObject();
            json.recurringField("kind", item.kind());
            json.field("ref", item.ref());
            json.recurringField("file", item.file());
            json.field("line", item.line());
            json.endObject();
        }
        json.endArray();
    }

    /** A list of evidence compared item by item by identity, which is cheap and never wrong. */
    private record Key(List<Evidence> items) {

        @Override
        public int hashCode() {
            int hash = 1;
            for (Evidence item : items) {
                hash = 31 * hash + System.identityHashCode(item);
            }
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key key) || key.items.size() != items.size()) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                if (key.items.get(i) != items.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
