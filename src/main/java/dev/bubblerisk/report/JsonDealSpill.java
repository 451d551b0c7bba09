package dev.bubblerisk.report;

import dev.bubblerisk.score.Band;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
import java.util.function.BooleanSupplier;

/**
 * A JSON report built while the deals are scored: each deal is written out as soon as its batch is
 * scored, into a {@link SpillStore}, and only what ranks it (raw points, id) and where it lies are
 * kept on the heap. At the end the deals are copied into the report in rank order. A million-deal
 * report is gigabytes; this way it is never all on the heap, and each deal is written while its
 * findings are fresh in the processor's caches. Deals of each score get a store of their own,
 * copied in turn from the highest score down and let go once copied. What many deals repeat is
 * kept once, and each deal keeps only where it goes: a long evidence list (a buyer's whole
 * commitment, a loop), and a company's findings and gaps (see {@link RecurringValues}).
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
     * values. The places it cites are kept with its bytes, not on the heap: with a rank for each of a
     * million deals kept to the end, the heap's collector copies what this holds twice over.
     */
    private record Spilled(int rawPoints, String id, long packedId, long offset, int length, int citations) {
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
            part = new Part(deal.score());
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
        // Each score's deals are put in rank order on a second thread while those of the score above are copied.
        ExecutorService ranking = Executors.newSingleThreadExecutor();
        try {
            recurring.flush();
            List<Future<Part>> parts = new ArrayList<>();
            for (int score = ScoreCard.MAX_SCORE; score >= 0; score--) {
                Part part = byScore[score];
                if (part != null) {
                    part.flush();
                    parts.add(ranking.submit(part::ranked));
                }
            }
            Utf8JsonWriter whole = new Utf8JsonWriter(out);
            JsonReportWriter.writeHead(whole, report);
            for (Future<Part> ranked : parts) {
                Part part = ranked.get();
                part.copy(whole);
                byScore[part.score] = null;
                part.close();
            }
            JsonReportWriter.writeTail(whole, report);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause(); // ranking throws nothing checked
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the report");
        } finally {
            ranking.shutdownNow();
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
        private final int score;
        private final SpillStore store;
        private final Utf8JsonWriter json;
        private final List<Spilled> deals = new ArrayList<>();

        Part(int score) {
            this.score = score;
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
            deals.add(new Spilled(deal.rawPoints(), id, IdOrder.packed(id), dealStart, length, citations));
            reportBytes += length + citedBytes; // the only thread that writes it
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

        /** Places this part's deals in {@code report}, in rank order once {@link #ranked()}, with the values they cite. */
        void copy(Utf8JsonWriter report) throws IOException {
            byte[] bytes = new byte[1 << 16];
            byte[] value = new byte[1 << 12];
            for (Spilled deal : deals) {
                int end = deal.length() + deal.citations() * CITATION;
                if (end > bytes.length) {
                    bytes = new byte[end];
                }
                store.read(deal.offset(), bytes, end);
                if (deal.citations() == 0) {
                    report.rawValue(bytes, deal.length());
                    continue;
                }
                int citation = deal.length();
                int from = (int) INT.get(bytes, citation);
                report.rawValue(bytes, from);
                while (citation < end) {
                    int length = (int) INT.get(bytes, citation + Integer.BYTES);
                    if (length > value.length) {
                        value = new byte[length];
                    }
                    recurring.read((long) LONG.get(bytes, citation + 2 * Integer.BYTES), value, length);
                    report.rawValueContinued(value, 0, length);
                    citation += CITATION;
                    int to = citation < end ? (int) INT.get(bytes, citation) : deal.length();
                    report.rawValueContinued(bytes, from, to - from);
                    from = to;
                }
            }
        }

        @Override
        public void close() throws IOException {
            store.close();
        }
    }
}
