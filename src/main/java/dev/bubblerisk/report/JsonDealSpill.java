package dev.bubblerisk.report;

import dev.bubblerisk.score.Band;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
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

    private static final Comparator<Spilled> RANK = ScoreCard.dealOrder(Spilled::score, Spilled::rawPoints, Spilled::id);

    private final Path directory;
    private final Part[] byScore = new Part[ScoreCard.MAX_SCORE + 1];
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
            part = new Part(directory);
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
        Utf8JsonWriter whole = new Utf8JsonWriter(out);
        JsonReportWriter.writeHead(whole, report);
        for (int score = ScoreCard.MAX_SCORE; score >= 0; score--) {
            if (byScore[score] != null) {
                byScore[score].copyRanked(whole);
                byScore[score].close();
                byScore[score] = null;
            }
        }
        JsonReportWriter.writeTail(whole, report);
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
        private final Path file;
        private final FileChannel channel;
        private final OutputStream stream;
        private final Utf8JsonWriter json;
        private final List<Spilled> deals = new ArrayList<>();

        Part(Path directory) throws IOException {
            file = Files.createTempFile(directory, "bubblerisk-deals-", ".json.part");
            file.toFile().deleteOnExit(); // also when the run is interrupted (Ctrl-C)
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            json = new Utf8JsonWriter(stream, JsonReportWriter.DEAL_DEPTH);
        }

        void add(DealScore deal) throws IOException {
            long offset = json.written();
            json.startFragment();
            JsonReportWriter.writeDeal(json, deal);
            deals.add(new Spilled(deal.score(), deal.rawPoints(), deal.deal().id(), offset, (int) (json.written() - offset)));
        }

        /** Places this part's deals in {@code report}, in rank order. */
        void copyRanked(Utf8JsonWriter report) throws IOException {
            json.flush();
            stream.flush();
            deals.sort(RANK);
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
