package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bubblerisk.engine.EngineLimits;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleEngine;
import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.report.ReportFormat;
import dev.bubblerisk.synthetic.DealFileWriters;
import dev.bubblerisk.synthetic.SyntheticPortfolio;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A large run rehearses its work on a generated portfolio while the deals are read, on a core
 * nothing else wants; the rehearsal must stop when asked and never reach the run or the user.
 */
class WarmUpTest {

    /** Linux's number for the idle scheduling class, as {@code /proc/<tid>/stat} gives it. */
    private static final int SCHED_IDLE = 5;

    @Test
    void rehearsesTheGivenRoundsOnTheSampleInTheIdleClassAsDoTheThreadsItStarts() throws Exception {
        assumeIdleClassAvailable();
        AtomicInteger rounds = new AtomicInteger();
        List<Integer> policies = new CopyOnWriteArrayList<>();
        List<Integer> sampleSizes = new CopyOnWriteArrayList<>();
        WarmUp warmUp = WarmUp.start(2, shippedRules(), (sample, rules, dealsScored) -> {
            rounds.incrementAndGet();
            sampleSizes.add(sample.deals().size());
            policies.add(policyOfThisThread());
            Thread started = new Thread(() -> policies.add(policyOfThisThread()));
            started.start();
            started.join();
        });

        assertThat(warmUp.awaitEnd(60_000)).isTrue();
        assertThat(rounds).hasValue(2);
        assertThat(sampleSizes).containsExactly(WarmUp.SAMPLE_DEALS, WarmUp.SAMPLE_DEALS);
        assertThat(policies).hasSize(4).containsOnly(SCHED_IDLE);
    }

    @Test
    void closingEndsTheRoundAtItsNextBatch() throws Exception {
        assumeIdleClassAvailable();
        CountDownLatch begun = new CountDownLatch(1);
        AtomicInteger batches = new AtomicInteger();
        WarmUp warmUp = WarmUp.start(WarmUp.ROUNDS, shippedRules(), (sample, rules, dealsScored) -> {
            begun.countDown();
            while (true) { // a round that would never end by itself
                dealsScored.accept(1);
                batches.incrementAndGet();
                Thread.sleep(1);
            }
        });
        assertThat(begun.await(60, TimeUnit.SECONDS)).isTrue();

        warmUp.close();

        assertThat(warmUp.awaitEnd(10_000)).isTrue();
        int atEnd = batches.get();
        Thread.sleep(50);
        assertThat(batches).hasValue(atEnd);
    }

    @Test
    void smallInputsAreNotRehearsed() throws Exception {
        AtomicInteger rounds = new AtomicInteger();

        WarmUp warmUp = WarmUp.startFor(WarmUp.LARGE_INPUT_BYTES - 1, shippedRules(),
                (sample, rules, dealsScored) -> rounds.incrementAndGet());

        assertThat(warmUp.awaitEnd(0)).isTrue();
        assertThat(rounds).hasValue(0);
    }

    @Test
    void aFailingRehearsalEndsQuietly() throws Exception {
        assumeIdleClassAvailable();
        List<Throwable> escaped = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> escaped.add(failure));
        try {
            AtomicInteger rounds = new AtomicInteger();
            WarmUp warmUp = WarmUp.start(3, shippedRules(), (sample, rules, dealsScored) -> {
                rounds.incrementAndGet();
                throw new OutOfMemoryError("Java heap space");
            });

            assertThat(warmUp.awaitEnd(60_000)).isTrue();
            assertThat(rounds).hasValue(1);
            assertThat(escaped).isEmpty();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void aRunBesideARehearsalGivesTheSameReportAsAlone() throws Exception {
        assumeIdleClassAvailable();
        RuleBase shipped = RulesLocation.load(Path.of("rules"));
        Portfolio portfolio = generated(2_500, 11); // several batches, scored while the rehearsal runs
        String alone = jsonReport(portfolio, shipped);
        CountDownLatch begun = new CountDownLatch(1);
        WarmUp warmUp = WarmUp.start(WarmUp.ROUNDS, shippedRules(), (sample, rules, dealsScored) -> {
            begun.countDown();
            new ScoreCommand().rehearse(sample, rules, ReportFormat.JSON, dealsScored);
        });
        assertThat(begun.await(60, TimeUnit.SECONDS)).isTrue();

        String beside = jsonReport(portfolio, shipped);
        warmUp.close();

        assertThat(beside).isEqualTo(alone);
        assertThat(warmUp.awaitEnd(60_000)).isTrue();
    }

    @Test
    void theClassesCarryTheSampleTheGeneratorMakesSoThatARunNeedNotGenerateIt() throws Exception {
        StringWriter expected = new StringWriter();
        new SyntheticPortfolio(WarmUp.SAMPLE_DEALS, 2025).write(DealFileWriters.of(expected, true));

        try (InputStream shipped = WarmUpSample.class.getResourceAsStream(WarmUpSample.RESOURCE)) {
            assertThat(shipped).as("the build writes " + WarmUpSample.RESOURCE + " beside WarmUpSample").isNotNull();
            assertThat(new String(shipped.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        }
        assertThat(WarmUp.sample().deals()).hasSize(WarmUp.SAMPLE_DEALS);
    }

    @Test
    void theRehearsalScoresEverySampleDealForTheJsonReportAndForTheOthers() throws Exception {
        RuleBase rules = RulesLocation.load(Path.of("rules"));
        Portfolio sample = WarmUp.sample();
        for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.MARKDOWN)) {
            AtomicInteger scored = new AtomicInteger();

            new ScoreCommand().rehearse(sample, rules, format, scored::addAndGet);

            assertThat(scored).as(format.key()).hasValue(WarmUp.SAMPLE_DEALS);
        }
    }

    @Test
    void theRehearsalRunsSessionsSmallerThanTheEnginesSoThatEachRoundRunsMany() throws Exception {
        RuleBase rules = RulesLocation.load(Path.of("rules"));
        Portfolio sample = WarmUp.sample();
        for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.MARKDOWN)) {
            List<Integer> batches = new CopyOnWriteArrayList<>(); // told on the scored batches' thread

            new ScoreCommand().rehearse(sample, rules, format, batches::add);

            assertThat(batches).as(format.key())
                    .hasSizeGreaterThanOrEqualTo(WarmUp.SAMPLE_DEALS / WarmUp.SAMPLE_BATCH_DEALS)
                    .allSatisfy(deals -> assertThat(deals).isLessThan(RuleEngine.BATCH_DEALS));
        }
    }

    private static String jsonReport(Portfolio portfolio, RuleBase rules) throws IOException {
        StringWriter json = new StringWriter();
        ReportFormat.JSON.writer().write(Scoring.score(portfolio, rules, EngineLimits.DEFAULT,
                new PrintWriter(Writer.nullWriter())), json);
        return json.toString();
    }

    private static Portfolio generated(int deals, long seed) throws Exception {
        StringWriter text = new StringWriter();
        new SyntheticPortfolio(deals, seed).write(DealFileWriters.of(text, true));
        return new DealFileLoader().load("generated.json", text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static RuleLoading shippedRules() {
        RulesOption option = new RulesOption();
        option.directory = Path.of("rules");
        return RuleLoading.start(option);
    }

    private static void assumeIdleClassAvailable() {
        boolean chrt = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, "chrt")));
        assumeTrue(Files.exists(Path.of("/proc/thread-self")) && chrt,
                "the rehearsal needs Linux's idle scheduling class, set with chrt (util-linux)");
    }

    /** The scheduling policy of the calling thread: field 41 of its {@code stat}, after the name in parentheses. */
    private static int policyOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[41 - 3]);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
