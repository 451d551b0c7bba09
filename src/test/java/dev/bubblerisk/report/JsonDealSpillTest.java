package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import dev.bubblerisk.synthetic.DealFileWriters;
import dev.bubblerisk.synthetic.SyntheticPortfolio;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spilled report is byte for byte the report written whole, whether the deals stay in memory,
 * go to temporary files, or both; here with findings made by hand, long evidence lists shared by
 * many deals among them, and findings and gaps that recur, so the writers alone are checked.
 */
class JsonDealSpillTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "memory for {0} bytes, {1} bytes given back, batches of {2} deals (0: one by one)")
    @CsvSource({"0, 0, 0", "150000, 0, 7", "1073741824, 0, 0", "1073741824, 0, 7", "0, 300000, 1000",
            "150000, 300000, 0"})
    void writesTheWholeReportsJsonWhereverTheDealsWereKept(long memory, int givenBack, int batch) throws Exception {
        Portfolio portfolio = synthetic(400);
        List<DealScore> deals = scored(portfolio);
        assertThat(deals).anySatisfy(deal -> assertThat(deal.findings())
                .anySatisfy(finding -> assertThat(finding.evidence()).as("a long list").hasSizeGreaterThan(20)));
        Report whole = whole(portfolio, deals);
        String expected = json(whole);

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (JsonDealSpill spill = new JsonDealSpill(dir, new SpillStore.Memory(memory))) {
            spill.giveBack(new byte[givenBack]);
            if (batch == 0) {
                for (DealScore deal : deals) {
                    spill.add(deal);
                }
            } else { // the findings recur across the batches' bounds too: what is forgotten is written out again
                for (int from = 0; from < deals.size(); from += batch) {
                    spill.addBatch(deals.subList(from, Math.min(deals.size(), from + batch)));
                }
            }
            spill.writeReport(withoutDeals(whole), written);

            // what the deals add to the report, less a line break and an indent (and a comma) before each
            long dealsAdd = utf8Length(expected) - utf8Length(json(withoutDeals(whole)));
            assertThat(spill.reportBytes()).isBetween(dealsAdd - 8L * deals.size(), dealsAdd);
        }

        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(Path::getFileName).map(Path::toString)).containsExactly("portfolio.json");
        }
    }

    /**
     * Copied by several threads at once, in pieces each started on a whole multiple of the file's
     * alignment, the report is the same bytes: the pieces end anywhere, in a deal, a kept value or
     * a separator, and each thread goes on from piece to piece through one stretch.
     */
    @ParameterizedTest(name = "{0} threads, aligned on {1} bytes, memory for {2} bytes")
    @CsvSource({"1, 4096, 1073741824", "2, 4096, 1073741824", "3, 1, 1073741824", "7, 7, 150000", "13, 64, 0",
            "40, 1, 150000"})
    void writesTheSameReportInStretchesAtOnce(int threads, int alignment, long memory) throws Exception {
        Portfolio portfolio = synthetic(400);
        List<DealScore> deals = scored(portfolio);
        Report whole = whole(portfolio, deals);

        PlacedInMemory placed = new PlacedInMemory(alignment);
        try (JsonDealSpill spill = new JsonDealSpill(dir, new SpillStore.Memory(memory))) {
            spill.addBatch(deals);
            spill.writeReport(withoutDeals(whole), placed, threads);
        }

        assertThat(placed.stretches()).as("stretches opened, at most one per thread").isBetween(1, threads);
        assertThat(placed.pieces()).as("pieces written").isGreaterThan(threads);
        assertThat(new String(placed.bytes(), StandardCharsets.UTF_8)).isEqualTo(json(whole));
    }

    @Test
    void aDealWithNoLongListIsCopiedWhole() throws Exception {
        Portfolio portfolio = synthetic(5);
        Deal deal = portfolio.deals().get(0);
        Evidence one = new Evidence("deal", deal.id(), "portfolio.json", 3);
        DealScore scored = ScoreCard.score(deal, List.of(new Finding("r", "c", 5, "it \"is\" so", List.of(one))), List.of());
        Report whole = new Report(new Report.Engine("1", "10"), new Report.Ruleset("rules", "abc", 1),
                portfolio.inputs(), List.of(scored), List.of(), portfolio);
        StringWriter expected = new StringWriter();
        ReportFormat.JSON.writer().write(whole, expected);

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (JsonDealSpill spill = new JsonDealSpill(dir, new SpillStore.Memory(1 << 20))) {
            spill.add(scored);
            spill.writeReport(new Report(whole.engine(), whole.ruleset(), whole.inputs(), List.of(), List.of(),
                    portfolio), written);
        }

        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void letsABatchsFindingsGoOnceTheBatchIsWritten() throws Exception {
        List<DealScore> batch = scored(synthetic(30));
        List<WeakReference<Object>> written = new ArrayList<>();
        for (DealScore deal : batch) {
            for (Finding finding : deal.findings()) {
                written.add(new WeakReference<>(finding));
                written.add(new WeakReference<>(finding.evidence()));
            }
        }
        assertThat(batch).anySatisfy(deal -> assertThat(deal.findings())
                .anySatisfy(finding -> assertThat(finding.evidence()).as("a list kept encoded").hasSizeGreaterThan(8)));

        try (JsonDealSpill spill = new JsonDealSpill(dir, new SpillStore.Memory(1 << 20))) {
            spill.addBatch(batch);
            batch = null;
            for (int i = 0; i < 20 && written.stream().anyMatch(reference -> reference.get() != null); i++) {
                System.gc();
                Thread.sleep(10);
            }

            assertThat(written).allSatisfy(reference -> assertThat(reference.get()).isNull());
        }
    }

    /**
     * Each deal gets a short list of its own and two long ones shared with other deals (as a
     * buyer's commitment is), a few of them twice over in one finding, and some none. The findings
     * with shared lists recur, word for word, in three deals in a row (as a company's findings do
     * in its deals), and the lists of gaps every 5 deals.
     */
    private static List<DealScore> scored(Portfolio portfolio) {
        List<Deal> deals = portfolio.deals();
        List<List<Evidence>> shared = IntStream.range(0, 12)
                .mapToObj(group -> IntStream.range(0, 9 + 3 * group)
                        .mapToObj(i -> new Evidence(i % 3 == 0 ? "deal" : "flow", "g" + group + "/é" + i, "portfolio.json",
                                100 + i))
                        .toList())
                .toList();
        List<DataGap> gaps = List.of(new DataGap("r", "co\"1\"", "revenue"), new DataGap("r", "co1", "net_income"),
                new DataGap("s", "co2é", "founded"));
        List<DealScore> scored = new ArrayList<>();
        for (int i = 0; i < deals.size(); i++) {
            Deal deal = deals.get(i);
            List<Finding> findings = new ArrayList<>();
            if (i % 7 != 0) {
                findings.add(new Finding("shared", "buyer", 10 + i / 3 % 20, "cites group " + i / 3,
                        shared.get(i / 3 % 12)));
                List<Evidence> twice = new ArrayList<>(shared.get((i + 5) % 12));
                if (i % 3 == 0) {
                    twice.addAll(shared.get((i + 5) % 12));
                }
                findings.add(new Finding("twice", "structure", i % 9, "cites \"twice\"", twice));
            }
            findings.add(new Finding("own", "market", i % 4, "its own", List.of(
                    new Evidence("deal", deal.id(), "portfolio.json", i + 1))));
            scored.add(ScoreCard.score(deal, findings, new ArrayList<>(gaps.subList(0, i % 5 == 4 ? 0 : 1 + i % 5 % 3))));
        }
        return scored;
    }

    private static Report whole(Portfolio portfolio, List<DealScore> deals) {
        return new Report(new Report.Engine("1", "10"), new Report.Ruleset("rules", "abc", 2), portfolio.inputs(),
                ScoreCard.rank(deals), List.of(), portfolio);
    }

    /** The report's origin and loops, for the deals spilled to be put in. */
    private static Report withoutDeals(Report whole) {
        return new Report(whole.engine(), whole.ruleset(), whole.inputs(), List.of(), whole.cycles(), whole.portfolio());
    }

    private static String json(Report report) throws IOException {
        StringWriter json = new StringWriter();
        ReportFormat.JSON.writer().write(report, json);
        return json.toString();
    }

    private static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private Portfolio synthetic(int deals) throws Exception {
        Path file = dir.resolve("portfolio.json");
        try (Writer out = Files.newBufferedWriter(file)) {
            new SyntheticPortfolio(deals, 3).write(DealFileWriters.of(out, true));
        }
        return new DealFileLoader().load(List.of(file));
    }

    /**
     * A file in memory written in stretches, each from a whole multiple of its alignment, by any
     * threads; a stretch writes a piece of the file from each place it starts or moves to.
     */
    private static final class PlacedInMemory implements PlacedOutput {
        private final int alignment;
        private final Map<Long, ByteArrayOutputStream> pieces = new ConcurrentHashMap<>();
        private final AtomicInteger stretches = new AtomicInteger();
        private byte[] finished;

        PlacedInMemory(int alignment) {
            this.alignment = alignment;
        }

        @Override
        public int alignment() {
            return alignment;
        }

        @Override
        public Stretch from(long position) {
            stretches.incrementAndGet();
            return new Stretch() {
                private ByteArrayOutputStream bytes = piece(position);

                @Override
                public void put(byte[] from, int offset, int length) {
                    bytes.write(from, offset, length);
                }

                @Override
                public void put(ByteBuffer from, int offset, int length) {
                    byte[] copy = new byte[length];
                    from.get(offset, copy);
                    bytes.writeBytes(copy);
                }

                @Override
                public void moveTo(long position) {
                    assertThat(bytes.size() % alignment).as("what a stretch wrote before it moves").isZero();
                    bytes = piece(position);
                }

                @Override
                public void close() {
                }
            };
        }

        private ByteArrayOutputStream piece(long position) {
            assertThat(position % alignment).as("where a piece starts").isZero();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            assertThat(pieces.put(position, bytes)).as("a piece from " + position + " before").isNull();
            return bytes;
        }

        /** Checks that the pieces follow one another from the start to {@code length}, and joins them. */
        @Override
        public void finish(long length) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            new TreeMap<>(pieces).forEach((position, bytes) -> {
                assertThat(position).as("where a piece starts").isEqualTo(file.size());
                file.writeBytes(bytes.toByteArray());
            });
            assertThat((long) file.size()).as("the file's length").isEqualTo(length);
            finished = file.toByteArray();
        }

        int stretches() {
            return stretches.get();
        }

        int pieces() {
            return pieces.size();
        }

        byte[] bytes() {
            return finished;
        }

        @Override
        public void close() {
        }
    }
}
