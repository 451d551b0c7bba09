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
 * fresh in the processor's caches. The result is byte for byte what {@link ReportFormat#JSON}
 * writes from a whole {@link Report}.
 */
public final class JsonDealSpill implements Closeable {

    private static final Comparator<Spilled> RANK = ScoreCard.dealOrder(Spilled::score, Spilled::rawPoints, Spilled::id);

    private final Path file;
    private final FileChannel channel;
    private final OutputStream stream;
    private final Utf8JsonWriter json;
    private final List<Spilled> deals = new ArrayList<>();
    private Band highest;

    /** Where a deal's JSON lies in the file, and what ranks it. */
    private record Spilled(int score, int rawPoints, String id, long offset, int length) {
    }

    /** @param directory where the temporary file goes; it is deleted by {@link #close()} */
    public JsonDealSpill(Path directory) throws IOException {
        file = Files.createTempFile(directory, "bubblerisk-deals-", ".json.part");
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        json = new Utf8JsonWriter(stream, JsonReportWriter.DEAL_DEPTH);
    }

    /** Writes one scored deal away. */
    public void add(DealScore deal) throws IOException {
        long offset = json.written();
        json.startFragment();
        JsonReportWriter.writeDeal(json, deal);
        deals.add(new Spilled(deal.score(), deal.rawPoints(), deal.deal().id(), offset, (int) (json.written() - offset)));
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
        json.flush();
        stream.flush();
        Utf8JsonWriter whole = new Utf8JsonWriter(out);
        JsonReportWriter.writeHead(whole, report);
        byte[] bytes = new byte[1 << 16];
        deals.sort(RANK);
        for (Spilled deal : deals) {
            if (deal.length() > bytes.length) {
                bytes = new byte[deal.length()];
            }
            read(deal, bytes);
            whole.rawValue(bytes, deal.length());
        }
        JsonReportWriter.writeTail(whole, report);
    }

    private void read(Spilled deal, byte[] into) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into, 0, deal.length());
        long at = deal.offset();
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at + buffer.position());
            if (read < 0) {
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
