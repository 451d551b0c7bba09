package dev.bubblerisk.report;

import dev.bubblerisk.score.Band;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A JSON report built while the deals are scored: each deal is written out as soon as its batch
 * is scored, into a temporary file, and only its rank (score, raw points, id) is kept in memory.
 * At the end the deals are copied into the report in rank order. A million-deal report is
 * gigabytes; this way it is never all in memory, and each deal is written while its findings are
 * fresh in the processor's caches. Deals of each score get a file of their own, copied in turn
 * from the highest score down and deleted once copied, so the temporary files shrink as the
 * report grows and the system need not write them to disk. The result is byte for byte what
 * {@link ReportFormat#JSON} writes from a whole {@link Report}.
 */
public final class JsonDealSpill implements Closeable {

    private static final Comparator<Spilled> RANK = (a, b) ->
            ScoreCard.compareDeals(a.score(), a.rawPoints(), a.id(), b.score(), b.rawPoints(), b.id());

    private final Path directory;
    private final Part[] byScore = new Part[ScoreCard.MAX_SCORE + 1];
    private final EncodedEvidence evidence = new EncodedEvidence();
    private Band highest;

    /** Where a deal's JSON lies in its file, and what ranks it. */
    private record Spilled(int score, int rawPoints, String id, long offset, int length) {
    }

    /** @param directory where the temporary files go; they are deleted by {@link #writeReport} or {@link #close()} */
    public JsonDealSpill(Path directory) {
        this.directory = directory;
    }

    /** Writes one scored deal away. */
    public void add(DealScore deal) throws IOException {
        Part part = byScore[deal.score()];
        if (part == null) {
            part = new Part(deal.score(), directory);
            byScore[deal.score()] = part;
        }
        part.add(deal, evidence);
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

    /** The deals of one score, in a temporary file of their own. */
    private static final class Part implements Closeable {
        private final int score;
        private final Path file;
        private final FileChannel channel;
        private final OutputStream stream;
        private final Utf8JsonWriter json;
        private final List<Spilled> deals = new ArrayList<>();

        Part(int score, Path directory) throws IOException {
            this.score = score;
            file = Files.createTempFile(directory, "bubblerisk-deals-", ".json.part");
            file.toFile().deleteOnExit(); // also when the run is interrupted (Ctrl-C)
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            json = new Utf8JsonWriter(stream, JsonReportWriter.DEAL_DEPTH);
        }

        void add(DealScore deal, EncodedEvidence evidence) throws IOException {
            long offset = json.written();
            json.startFragment();
            JsonReportWriter.writeDeal(json, deal, evidence);
            deals.add(new Spilled(deal.score(), deal.rawPoints(), deal.deal().id(), offset, (int) (json.written() - offset)));
        }

        /** Writes out what is buffered, so {@link #copy} can read every deal. */
        void flush() throws IOException {
            json.flush();
            stream.flush();
        }

        /** Puts the deals in rank order, for {@link #copy}. */
        Part ranked() {
            deals.sort(RANK);
            return this;
        }

        /** Places this part's deals in {@code report}, in rank order once {@link #ranked()}. */
        void copy(Utf8JsonWriter report) throws IOException {
            byte[] bytes = new byte[1 << 16];
            for (Spilled deal : deals) {
                if (deal.length() > bytes.length) {
                    bytes = new byte[deal.length()];
                }
                read(deal, bytes);
                report.rawValue(bytes, deal.length());
            }
        }

        private void read(Spilled deal, byte[] into) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(into, 0, deal.length());
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, deal.offset() + buffer.position()) < 0) {
                    throw new IOException("the temporary file of deals " + file + " was cut short");
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
