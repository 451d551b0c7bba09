package dev.bubblerisk.report;

import dev.bubblerisk.score.Band;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A JSON report built while the deals are scored: each deal is written out as soon as its batch
 * is scored, into a {@link SpillStore}, and only its rank (score, raw points, id) is kept on the
 * heap. At the end the deals are copied into the report in rank order. A million-deal report is
 * gigabytes; this way it is never all on the heap, and each deal is written while its findings
 * are fresh in the processor's caches. Deals of each score get a store of their own, copied in
 * turn from the highest score down and let go once copied. What many deals repeat is kept once,
 * and each deal keeps only where it goes: a long evidence list (a buyer's whole commitment, a
 * loop), and a company's findings and gaps (see {@link RecurringValues}).
 * The result is byte for byte what {@link ReportFormat#JSON} writes from a whole {@link Report}.
 */
public final class JsonDealSpill implements Closeable {

    private static final Comparator<Spilled> RANK = (a, b) ->
            ScoreCard.compareDeals(a.score(), a.rawPoints(), a.id(), b.score(), b.rawPoints(), b.id());

    private final Path directory;
    private final SpillStore.Memory memory;
    private final Part[] byScore = new Part[ScoreCard.MAX_SCORE + 1];
    /** The values that recur (long evidence lists, a company's findings and gaps), each kept once. */
    private final SpillStore recurring;
    private final RecurringValues<Kept> values;
    /** Where the deal being written cites kept values: per value, its place in the deal's part, its position and length. */
    private long[] cited = new long[24];
    private int citedLength;
    private Band highest;

    /** Where a deal's JSON lies in its part, and what ranks it. */
    private record Spilled(int score, int rawPoints, String id, long offset, int length, long[] cited) {
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
                if (citedLength + 3 > cited.length) {
                    cited = Arrays.copyOf(cited, 2 * cited.length);
                }
                cited[citedLength++] = json.valuePlacedLater();
                cited[citedLength++] = value.position();
                cited[citedLength++] = value.length();
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
            long offset = json.written();
            citedLength = 0;
            json.startFragment();
            JsonReportWriter.writeDeal(json, deal, values);
            deals.add(new Spilled(deal.score(), deal.rawPoints(), deal.deal().id(), offset,
                    (int) (json.written() - offset), citedLength == 0 ? null : Arrays.copyOf(cited, citedLength)));
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
                if (deal.length() > bytes.length) {
                    bytes = new byte[deal.length()];
                }
                store.read(deal.offset(), bytes, deal.length());
                long[] cited = deal.cited();
                if (cited == null) {
                    report.rawValue(bytes, deal.length());
                    continue;
                }
                int from = (int) (cited[0] - deal.offset());
                report.rawValue(bytes, from);
                for (int i = 0; i < cited.length; i += 3) {
                    int length = (int) cited[i + 2];
                    if (length > value.length) {
                        value = new byte[length];
                    }
                    recurring.read(cited[i + 1], value, length);
                    report.rawValueContinued(value, 0, length);
                    int to = i + 3 < cited.length ? (int) (cited[i + 3] - deal.offset()) : deal.length();
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
