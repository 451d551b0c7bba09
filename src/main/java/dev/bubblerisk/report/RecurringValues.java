package dev.bubblerisk.report;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.IdentityList;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a deal's findings and data gaps, and keeps encoded those that recur: what a rule finds
 * about a company (its losses, its commitments) and the data it lacks read the same, word for
 * word, in each of its deals, which a batch of deals holds together. A value met again while it
 * is remembered is kept, and from then on placed from its bytes; once most values of a kind (a
 * rule's findings, the lists of gaps) have recurred, its new values are kept when first met. A
 * value is placed only when it is the very same: the same rule, points and sentence with the
 * same evidence items, or the same gaps (the engine makes one of each per input element and
 * session), so the report is byte for byte what writing it out gives. Long evidence lists are
 * kept on their own (see {@link EncodedEvidence}). Where the bytes are kept, and how they are
 * placed, is up to its {@link KeptBlocks}. One deal at a time: not thread-safe.
 *
 * @param <B> a value's bytes as its {@link KeptBlocks} keep them
 */
final class RecurringValues<B> {

    /** How many values are remembered: each in the slot its hash picks, in place of the one before there. */
    private static final int SLOTS = 1 << 15;
    /** How many values of a kind are met before its share of values that recur is trusted. */
    private static final int TRUSTED = 32;

    private final KeptBlocks<B> blocks;
    private final Fragments fragments = new Fragments();
    private final EncodedEvidence<B> evidence;
    /** The value last met in each slot, whether it was met again, and its bytes once kept. */
    private final Key[] met = new Key[SLOTS];
    private final boolean[] metAgain = new boolean[SLOTS];
    private final Object[] kept = new Object[SLOTS];
    /** Per kind of value, how many were met and how many of those met again. */
    private final Map<Object, Recurrence> byKind = new HashMap<>();

    RecurringValues(KeptBlocks<B> blocks) {
        this.blocks = blocks;
        this.evidence = new EncodedEvidence<>(blocks, fragments);
    }

    /** Values kept as arrays of bytes, for a report written whole. */
    static RecurringValues<byte[]> inline() {
        return new RecurringValues<>(KeptBlocks.inline());
    }

    /**
     * Forgets the values met so far, though not how often values of each kind recur: for when no
     * value met later can be the very same, as no finding of one session's deals is another's.
     * Remembered, they would keep their deals' findings and evidence on the heap.
     */
    void forget() {
        Arrays.fill(met, null); // a slot's other entries are set anew with the next value met there
        evidence.forget();
    }

    /** One finding, as the next element of the array {@code json} is in. */
    void writeFinding(Utf8JsonWriter json, Finding finding) throws IOException {
        // Kept with its evidence written out, since the kept bytes are placed whole.
        B kept = keptIfMetBefore(new FindingKey(finding), json,
                fragment -> JsonReportWriter.writeFinding(fragment, finding, EncodedEvidence::writeItems));
        if (kept == null) {
            JsonReportWriter.writeFinding(json, finding, evidence::write);
        } else {
            blocks.place(json, kept);
        }
    }

    /** The array of a deal's gaps, as the value of the member {@code json} has just named. */
    void writeGaps(Utf8JsonWriter json, List<DataGap> gaps) throws IOException {
        B kept = gaps.isEmpty() ? null
                : keptIfMetBefore(new GapsKey(gaps), json, fragment -> JsonReportWriter.writeGaps(fragment, gaps));
        if (kept == null) {
            JsonReportWriter.writeGaps(json, gaps);
        } else {
            blocks.place(json, kept);
        }
    }

    /**
     * The value's kept bytes if it was met before, kept now if this is its second time, or its first
     * and values of its kind mostly recur; {@code null} when it is to be written out.
     */
    private B keptIfMetBefore(Key key, Utf8JsonWriter json, Fragments.Value value) throws IOException {
        int hash = key.hash() * 0x9E3779B9;
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        if (!key.equals(met[slot])) {
            Recurrence kind = byKind.computeIfAbsent(key.kind(), each -> new Recurrence());
            kind.met++;
            met[slot] = key;
            metAgain[slot] = false;
            kept[slot] = kind.mostlyRecur() ? fragments.keep(json.depth(), value, blocks) : null;
        } else if (!metAgain[slot]) {
            metAgain[slot] = true;
            byKind.get(key.kind()).metAgain++;
            if (kept[slot] == null) {
                kept[slot] = fragments.keep(json.depth(), value, blocks);
            }
        }
        @SuppressWarnings("unchecked")
        B bytes = (B) kept[slot];
        return bytes;
    }

    /** How often values of one kind recur. */
    private static final class Recurrence {
        private int met;
        private int metAgain;

        /** Whether at least half the values met so far were met again, once enough were met to tell. */
        boolean mostlyRecur() {
            return met > TRUSTED && 2 * metAgain >= met;
        }
    }

    /** A value compared cheaply: by a hash of its size and of the identity of its first and last items, then in full. */
    private interface Key {
        int hash();

        /** What decides how often values like this one recur: a finding's rule, or gaps. */
        Object kind();
    }

    /** A finding, compared by rule, points, sentence, and evidence items by identity. */
    private record FindingKey(Finding finding, int hash) implements Key {

        FindingKey(Finding finding) {
            this(finding, 31 * (31 * Objects.hashCode(finding.rule()) + finding.points())
                    + (finding.explanation() == null ? -1 : finding.explanation().length())
                    + 961 * identityHash(finding.evidence()));
        }

        @Override
        public Object kind() {
            return finding.rule();
        }

        /** The very same finding (the engine gives the deals that share a report one), or one that reads the same. */
        @Override
        public boolean equals(Object other) {
            return other instanceof FindingKey key && key.hash == hash && (key.finding == finding || readsAs(key.finding));
        }

        private boolean readsAs(Finding other) {
            return other.points() == finding.points()
                    && Objects.equals(other.rule(), finding.rule())
                    && Objects.equals(other.category(), finding.category())
                    && Objects.equals(other.explanation(), finding.explanation())
                    && IdentityList.sameItems(other.evidence(), finding.evidence());
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A list of gaps compared item by item by identity. */
    private record GapsKey(List<DataGap> gaps, int hash) implements Key {

        GapsKey(List<DataGap> gaps) {
            this(gaps, identityHash(gaps));
        }

        @Override
        public Object kind() {
            return GapsKey.class;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof GapsKey key && key.hash == hash && IdentityList.sameItems(key.gaps, gaps);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A hash of a list's size and of the identities of its first and last items. */
    private static int identityHash(List<?> items) {
        return items.isEmpty() ? 0 : 31 * (31 * items.size() + System.identityHashCode(items.get(0)))
                + System.identityHashCode(items.get(items.size() - 1));
    }
}
