package dev.bubblerisk.report;

import dev.bubblerisk.score.Band;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A JSON report built while the deals are scored: each deal is written out as soon as its batch is
 * scored, into a {@link SpillStore}, and only what ranks it (raw points, id) and where it lies are
 * kept on the heap. At the end the deals are copied into the report in rank order. A million-deal
 * report is gigabytes; this way it is never all on the heap, and each deal is written while its
 * findings are fresh in the processor's caches. Deals of each score get a store of their own,
 * copied in turn from the highest score down (a long report by several threads at once, each its
 * own stretch of the file). What many deals repeat is kept once, and each deal keeps only where it
 * goes: a long evidence list (a buyer's whole commitment, a loop), and a company's findings and
 * gaps (see {@link RecurringValues}).
 * The result is byte for byte what {@link ReportFormat#JSON} writes from a whole {@link Report}.
 */
public final class JsonDealSpill implements Closeable {

    /** {@link ScoreCard#DEAL_ORDER} within one score, the ids compared through {@link IdOrder}. */
    private static final Comparator<Spilled> RANK = (a, b) -> {
        int byPoints = ScoreCard.comparePoints(0, a.rawPoints(), 0, b.rawPoints());
        return byPoints != 0 ? byPoints : IdOrder.compare(a.id(), a.packedId(), b.id(), b.packedId());
    };
    /** The bytes of a place where a deal cites a kept value: where in the deal, the value's length and its position. */
    private static final int CITATION = Integer.BYTES + Integer.BYTES + Long.BYTES;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /** A report shorter than this is copied by one thread; a longer one gets a thread per this much, up to a core each. */
    private static final long STRETCH_BYTES = 64L << 20;
    /** The most threads that copy a report at once. */
    private static final int MOST_STRETCHES = 4;
    /**
     * How many pieces per thread a report is cut into for copying. Cut in one per thread, the
     * million-deal report's lower half, with more and shorter deals, took its thread 1.07-1.31 s
     * of processor time against 0.73-0.82 s for the upper half, whose thread then waited.
     */
    private static final int PIECES_PER_THREAD = 8;
    private static final int STREAM_BUFFER = 1 << 16;

    private final Path directory;
    private final SpillStore.Memory memory;
    private final Part[] byScore = new Part[ScoreCard.MAX_SCORE + 1];
    /** The values that recur (long evidence lists, a company's findings and gaps), each kept once. */
    private final SpillStore recurring;
    private final RecurringValues<Kept> values;
    /**
     * Where the deal being written cites kept values, {@link #CITATION} bytes each: its place in the
     * deal, the value's length and its position in {@link #recurring}.
     */
    private byte[] cited = new byte[8 * CITATION];
    private int citations;
    /** Where the deal being written starts in its part. */
    private long dealStart;
    /** The bytes of the values the deal being written cites. */
    private long citedBytes;
    /** The bytes the deals added so far take in the report, separators aside; written by one thread at a time. */
    private volatile long reportBytes;
    private Band highest;

    /**
     * What ranks a deal in its part, and where its JSON lies there, followed by where it cites kept
     * values; {@code size} is what it takes in the report, with the values it cites. The places it
     * cites are kept with its bytes, not on the heap: with a rank for each of a million deals kept
     * to the end, the heap's collector copies what this holds twice over.
     */
    private record Spilled(int rawPoints, String id, long packedId, long offset, int length, int citations, int size) {
    }

    /** A value in {@link #recurring}. */
    private record Kept(long position, int length) {
    }

    /** @param directory where temporary files go, if any; they are deleted by {@link #writeReport} or {@link #close()} */
    public JsonDealSpill(Path directory) {
        this(directory, SpillStore.Memory.ofMachine());
    }

    JsonDealSpill(Path directory, SpillStore.Memory memory) {
        this.directory = directory;
        this.memory = memory;
        this.recurring = new SpillStore(directory, memory);
        this.values = new RecurringValues<>(new KeptBlocks<>() {
            @Override
            public Kept keep(byte[] bytes, int length) throws IOException {
                Kept value = new Kept(recurring.size(), length);
                recurring.write(bytes, 0, length);
                return value;
            }

            @Override
            public void place(Utf8JsonWriter json, Kept value) throws IOException {
                int at = citations * CITATION;
                if (at + CITATION > cited.length) {
                    cited = Arrays.copyOf(cited, 2 * cited.length);
                }
                INT.set(cited, at, (int) (json.valuePlacedLater() - dealStart));
                INT.set(cited, at + Integer.BYTES, value.length());
                LONG.set(cited, at + 2 * Integer.BYTES, value.position());
                citations++;
                citedBytes += value.length();
            }
        });
    }

    /**
     * Lets the deals be kept in {@code bytes}, which nothing else may use any more (a deal file's
     * bytes once parsed), before new memory is taken for them.
     */
    public void giveBack(byte[] bytes) {
        memory.giveBack(bytes);
    }

    /**
     * Takes up to {@code bytes} of new memory for the deals now and touches it (see
     * {@link SpillStore.Memory#prepare}), until {@code stopped} says so; meant for a thread that
     * takes only idle processor time.
     */
    public void prepareMemory(long bytes, BooleanSupplier stopped) {
        memory.prepare(bytes, stopped);
    }

    /**
     * Writes away a batch of deals scored in one session, then forgets the values they repeat: the
     * engine makes each session's findings, evidence and gaps anew, so none can recur in the next
     * batch, and remembered they would keep this batch's findings alive. In a million deals'
     * sessions each young collection of the heap then copied 5 to 9 MB rather than 17 to 24 MB, and
     * they paused the run for 0.29 s in all rather than 0.75 to 1.14 s.
     */
    public void addBatch(List<DealScore> deals) throws IOException {
        for (DealScore deal : deals) {
            add(deal);
        }
        values.forget();
    }

    /** Writes one scored deal away. */
    public void add(DealScore deal) throws IOException {
        Part part = byScore[deal.score()];
        if (part == null) {
            part = new Part();
            byScore[deal.score()] = part;
        }
        part.add(deal);
        if (highest == null || deal.band().compareTo(highest) > 0) {
            highest = deal.band();
        }
    }

    /**
     * How many bytes the deals added so far take in the report, the separators between them aside:
     * less than the report written from them. Readable from any thread.
     */
    public long reportBytes() {
        return reportBytes;
    }

    /** The highest band of any deal added, or {@code null} when there was none. */
    public Band highestBand() {
        return highest;
    }

    /**
     * Writes the whole report: {@code report}'s origin and loops, with the deals added here in
     * rank order in place of its own (which are not written).
     */
    public void writeReport(Report report, OutputStream out) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, STREAM_BUFFER);
        write(report, layout -> layout.copy(0, layout.length(), new StreamSink(buffered)));
        buffered.flush();
    }

    /**
     * As {@link #writeReport(Report, OutputStream)}, into a file that takes stretches written at
     * once: a report of {@link #STRETCH_BYTES} or more is copied by as many threads as the machine
     * has cores (at most {@link #MOST_STRETCHES}), each writing its own stretches of the file.
     * Copying the million-deal report's 2.75 GB into place had kept one thread busy for 2.6 s, 1.6 s
     * of it reading the deals and values kept, in memory outside the heap scattered over many
     * stores, while the disk wrote the bytes in 1.2 s.
     */
    public void writeReport(Report report, PlacedOutput out) throws IOException {
        write(report, layout -> {
            int cores = Math.min(Runtime.getRuntime().availableProcessors(), MOST_STRETCHES);
            layout.copyInPieces(out, (int) Math.max(1, Math.min(cores, layout.length() / STRETCH_BYTES)));
        });
    }

    /** As {@link #writeReport(Report, PlacedOutput)}, by {@code threads} threads (fewer where the report is short). */
    void writeReport(Report report, PlacedOutput out, int threads) throws IOException {
        write(report, layout -> layout.copyInPieces(out, threads));
    }

    /** What is done with the report's layout once worked out. */
    @FunctionalInterface
    private interface LayoutUse {
        void use(Layout layout) throws IOException, InterruptedException, ExecutionException;
    }

    /** Works the report's layout out, with each score's deals put in rank order on a second thread meanwhile. */
    private void write(Report report, LayoutUse use) throws IOException {
        ExecutorService ranking = Executors.newSingleThreadExecutor();
        try {
            recurring.flush();
            List<Part> parts = new ArrayList<>();
            List<Future<Part>> ranked = new ArrayList<>();
            for (int score = ScoreCard.MAX_SCORE; score >= 0; score--) {
                Part part = byScore[score];
                if (part != null) {
                    part.flush();
                    parts.add(part);
                    ranked.add(ranking.submit(part::ranked));
                }
            }
            use.use(new Layout(report, parts, ranked));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException failure) {
                throw failure;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) cause; // nothing else checked is thrown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the report");
        } finally {
            ranking.shutdownNow();
        }
    }

    /**
     * Where everything goes in the report: its head (the origin, up to the opening of the deal
     * list), the deals in rank order each after its separator, and its tail (the loops). Every
     * deal's length is known, so any stretch of the report can be copied without the rest.
     */
    private final class Layout {
        private static final byte[] NOTHING = {};

        private final List<Part> parts;
        private final List<Future<Part>> ranked;
        private final byte[] head;
        /** The separators before the first deal and before each other one. */
        private final byte[] first;
        private final byte[] next;
        private final byte[] tail;
        private final long length;

        Layout(Report report, List<Part> parts, List<Future<Part>> ranked) throws IOException {
            this.parts = parts;
            this.ranked = ranked;
            long deals = 0;
            long dealBytes = 0;
            for (Part part : parts) {
                deals += part.deals.size();
                dealBytes += part.bytes;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Utf8JsonWriter json = new Utf8JsonWriter(bytes);
            JsonReportWriter.writeHead(json, report);
            head = taken(json, bytes);
            first = deals == 0 ? NOTHING : separator(json, bytes);
            next = deals == 0 ? NOTHING : separator(json, bytes);
            JsonReportWriter.writeTail(json, report);
            tail = taken(json, bytes);
            length = head.length + dealBytes + (deals == 0 ? 0 : first.length + (deals - 1) * next.length) + tail.length;
        }

        private static byte[] separator(Utf8JsonWriter json, ByteArrayOutputStream bytes) throws IOException {
            json.rawValue(NOTHING, 0);
            return taken(json, bytes);
        }

        private static byte[] taken(Utf8JsonWriter json, ByteArrayOutputStream bytes) throws IOException {
            json.flush();
            byte[] taken = bytes.toByteArray();
            bytes.reset();
            return taken;
        }

        long length() {
            return length;
        }

        /**
         * Copies the report into {@code out} by up to {@code threads} threads at once, in pieces of
         * about the same length, each started on a whole multiple of the file's alignment: each
         * thread takes the next piece none has taken, so that they finish about together, though
         * the deals of one stretch of the file take longer to copy than those of another as long.
         */
        void copyInPieces(PlacedOutput out, int threads) throws IOException, InterruptedException,
                ExecutionException {
            long[] bounds = pieces(threads * PIECES_PER_THREAD, out.alignment());
            AtomicInteger taken = new AtomicInteger();
            int others = Math.min(threads, bounds.length - 1) - 1;
            ExecutorService copying = Executors.newFixedThreadPool(Math.max(1, others), task -> {
                Thread thread = new Thread(task, "report-copy");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<Void>> copiers = new ArrayList<>();
                for (int i = 0; i < others; i++) {
                    copiers.add(copying.submit(() -> {
                        copyPieces(out, bounds, taken);
                        return null;
                    }));
                }
                copyPieces(out, bounds, taken);
                for (Future<Void> copier : copiers) {
                    copier.get();
                }
            } finally {
                copying.shutdownNow();
            }
            out.finish(length);
        }

        /**
         * Where up to {@code count} pieces of about the same length begin, each on a whole multiple
         * of {@code alignment}, and where the last ends.
         */
        private long[] pieces(int count, int alignment) {
            long[] bounds = new long[count + 1];
            int pieces = 0;
            for (int i = 1; i < count; i++) {
                long bound = length * i / count / alignment * alignment;
                if (bound > bounds[pieces]) {
                    bounds[++pieces] = bound;
                }
            }
            bounds[++pieces] = length;
            return Arrays.copyOf(bounds, pieces + 1);
        }

        /** Copies the next piece not yet {@code taken}, and the next, until none is left, through one stretch. */
        private void copyPieces(PlacedOutput out, long[] bounds, AtomicInteger taken) throws IOException,
                InterruptedException, ExecutionException {
            int pieces = bounds.length - 1;
            int piece = taken.getAndIncrement();
            if (piece >= pieces) {
                return;
            }
            try (PlacedOutput.Stretch stretch = out.from(bounds[piece])) {
                copy(bounds[piece], bounds[piece + 1], stretch);
                for (piece = taken.getAndIncrement(); piece < pieces; piece = taken.getAndIncrement()) {
                    stretch.moveTo(bounds[piece]);
                    copy(bounds[piece], bounds[piece + 1], stretch);
                }
            }
        }

        /** Puts the bytes of the report from {@code from} up to {@code to} into {@code sink}. */
        void copy(long from, long to, ByteSink sink) throws IOException, InterruptedException, ExecutionException {
            Window window = new Window(from, to, sink);
            long at = window.piece(head, 0);
            long placed = 0;
            for (int i = 0; i < parts.size() && at < to; i++) {
                Part part = parts.get(i);
                long deals = part.deals.size(); // what ranking them leaves as it is
                long separators = placed == 0 ? first.length + (deals - 1) * next.length : deals * next.length;
                if (at + part.bytes + separators <= from) {
                    at += part.bytes + separators;
                    placed += deals;
                    continue;
                }
                ranked.get(i).get();
                for (Spilled deal : part.deals) {
                    at = window.piece(placed++ == 0 ? first : next, at);
                    if (at >= to) {
                        break;
                    }
                    at = part.copy(deal, at, window);
                }
            }
            window.piece(tail, at);
        }
    }

    /** The stretch of the report from {@code from} up to {@code to}, put into {@code sink}, with what else it needs. */
    private static final class Window {
        private final long from;
        private final long to;
        private final ByteSink sink;
        /** Where the deal being copied cites kept values, {@link #CITATION} bytes each. */
        private byte[] citations = new byte[8 * CITATION];

        Window(long from, long to, ByteSink sink) {
            this.from = from;
            this.to = to;
            this.sink = sink;
        }

        /** Puts what of {@code bytes}, placed at {@code at} in the report, falls in the window; returns where they end. */
        long piece(byte[] bytes, long at) throws IOException {
            long start = Math.max(at, from);
            long end = Math.min(at + bytes.length, to);
            if (start < end) {
                sink.put(bytes, (int) (start - at), (int) (end - start));
            }
            return at + bytes.length;
        }

        /** As {@link #piece}, for {@code length} bytes from {@code position} in {@code store}. */
        long piece(SpillStore store, long position, int length, long at) throws IOException {
            long start = Math.max(at, from);
            long end = Math.min(at + length, to);
            if (start < end) {
                store.copyTo(position + start - at, (int) (end - start), sink);
            }
            return at + length;
        }

        /** Room for {@code bytes} of citations. */
        byte[] citations(int bytes) {
            if (bytes > citations.length) {
                citations = new byte[bytes];
            }
            return citations;
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        try {
            recurring.close();
        } catch (IOException e) {
            failure = e;
        }
        for (int score = 0; score < byScore.length; score++) {
            if (byScore[score] != null) {
                try {
                    byScore[score].close();
                } catch (IOException e) {
                    failure = e;
                }
                byScore[score] = null;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The deals of one score, in a store of their own. */
    private final class Part implements Closeable {
        private final SpillStore store;
        private final Utf8JsonWriter json;
        private final List<Spilled> deals = new ArrayList<>();
        /** The bytes its deals take in the report, separators aside. */
        private long bytes;

        Part() {
            this.store = new SpillStore(directory, memory);
            json = new Utf8JsonWriter(store, JsonReportWriter.DEAL_DEPTH);
        }

        void add(DealScore deal) throws IOException {
            dealStart = json.written();
            citations = 0;
            citedBytes = 0;
            json.startFragment();
            JsonReportWriter.writeDeal(json, deal, values);
            int length = (int) (json.written() - dealStart);
            json.rawValueContinued(cited, 0, citations * CITATION);
            String id = deal.deal().id();
            int size = Math.toIntExact(length + citedBytes);
            deals.add(new Spilled(deal.rawPoints(), id, IdOrder.packed(id), dealStart, length, citations, size));
            bytes += size;
            reportBytes += size; // the only thread that writes it
        }

        /** Writes out what is buffered, so {@link #copy} can read every deal. */
        void flush() throws IOException {
            json.flush();
            store.flush();
        }

        /** Puts the deals in rank order, for {@link #copy}. */
        Part ranked() {
            deals.sort(RANK);
            return this;
        }

        /**
         * Puts what of {@code deal}, placed at {@code at} in the report, falls in {@code window}, with
         * the values it cites; returns where it ends.
         */
        long copy(Spilled deal, long at, Window window) throws IOException {
            if (at + deal.size() <= window.from) {
                return at + deal.size();
            }
            if (deal.citations() == 0) {
                return window.piece(store, deal.offset(), deal.length(), at);
            }
            int end = deal.citations() * CITATION;
            byte[] places = window.citations(end);
            store.read(deal.offset() + deal.length(), places, end);
            int copied = 0;
            for (int citation = 0; citation < end; citation += CITATION) {
                int place = (int) INT.get(places, citation);
                at = window.piece(store, deal.offset() + copied, place - copied, at);
                at = window.piece(recurring, (long) LONG.get(places, citation + 2 * Integer.BYTES),
                        (int) INT.get(places, citation + Integer.BYTES), at);
                copied = place;
            }
            return window.piece(store, deal.offset() + copied, deal.length() - copied, at);
        }

        @Override
        public void close() throws IOException {
            store.close();
        }
    }

    /** Bytes put into a stream, through an array when they are outside the heap. */
    private static final class StreamSink implements ByteSink {
        private final OutputStream out;
        private byte[] scratch;

        StreamSink(OutputStream out) {
            this.out = out;
        }

        @Override
        public void put(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void put(ByteBuffer bytes, int offset, int length) throws IOException {
            if (bytes.hasArray()) {
                out.write(bytes.array(), bytes.arrayOffset() + offset, length);
                return;
            }
            if (scratch == null) {
                scratch = new byte[STREAM_BUFFER];
            }
            for (int done = 0; done < length; ) {
                int part = Math.min(length - done, scratch.length);
                bytes.get(offset + done, scratch, 0, part);
                out.write(scratch, 0, part);
                done += part;
            }
        }
    }
}
