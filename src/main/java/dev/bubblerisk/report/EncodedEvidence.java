package dev.bubblerisk.report;

import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.IdentityList;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the evidence of findings, and keeps the longer lists encoded for the next deal that
 * cites them: every deal of a buyer cites the buyer's whole commitment, the same few dozen lines,
 * and a loop's deals cite the whole loop. A list is written again from its bytes only when it
 * holds the very same evidence items (the engine makes one per input element and session), so the
 * report is byte for byte what writing each item gives. Where the bytes are kept, and how they
 * are placed in a document, is up to its {@link KeptBlocks}. One deal at a time: not thread-safe.
 *
 * @param <B> a list's bytes as its {@link KeptBlocks} keep them
 */
final class EncodedEvidence<B> {

    /** Lists this long or shorter are written item by item: a lookup would cost about as much. */
    private static final int FEW = 8;
    /** The most lists kept, the least recently added dropped first; a session's buyers fit. */
    private static final int KEPT = 4096;

    private final KeptBlocks<B> blocks;
    private final Fragments fragments;
    private final Map<IdentityList, B> encoded = new LinkedHashMap<>(2 * KEPT, 0.75f) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<IdentityList, B> eldest) {
            return size() > KEPT;
        }
    };

    /** @param fragments where lists are encoded before they are kept, shared with other writers of the same deals */
    EncodedEvidence(KeptBlocks<B> blocks, Fragments fragments) {
        this.blocks = blocks;
        this.fragments = fragments;
    }

    /** Forgets the lists kept so far: for when none met later can hold the very same items. */
    void forget() {
        encoded.clear();
    }

    /** The array of {@code evidence}, as the value of the member {@code json} has just named. */
    void write(Utf8JsonWriter json, List<Evidence> evidence) throws IOException {
        if (evidence.size() <= FEW) {
            writeItems(json, evidence);
            return;
        }
        IdentityList key = new IdentityList(evidence);
        B list = encoded.get(key);
        if (list == null) {
            list = fragments.keep(json.depth(), fragment -> writeItems(fragment, evidence), blocks);
            encoded.put(key, list);
        }
        blocks.place(json, list);
    }

    /** The array of {@code evidence}, each item written out. */
    static void writeItems(Utf8JsonWriter json, List<Evidence> evidence) throws IOException {
        json.startArray();
        for (Evidence item : evidence) {
            json.startInlineObject();
            json.recurringField(JsonReportWriter.KIND, item.kind());
            json.field(JsonReportWriter.REF, item.ref());
            json.recurringField(JsonReportWriter.FILE, item.file());
            json.field(JsonReportWriter.LINE, item.line());
            json.endObject();
        }
        json.endArray();
    }
}
