package dev.bubblerisk.cli;

import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleEngine;
import dev.bubblerisk.engine.ThreadScheduling;
import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.load.InvalidInputException;
import dev.bubblerisk.model.Portfolio;
import java.io.IOException;
import java.util.function.IntConsumer;

/**
 * A large run's own work, rehearsed on a small generated portfolio while the deals are read, so
 * that by the time the real deals reach the rules, the scoring and the report, the JVM has
 * compiled that code: scoring a million deals after reading them took 2.5–2.8 s longer in a fresh
 * JVM than done again in the same one. Reading keeps one core busy and leaves the other mostly idle.
 * The rehearsal runs in the scheduler's idle class (Linux's {@code SCHED_IDLE}, set with
 * {@code chrt}), as do the threads it starts, so it takes only processor time that nothing else
 * wants; where the class cannot be set there is no rehearsal, since at the usual priority it had
 * slowed the reading by about what it saved. It stops once the deals are read (at the next batch
 * it scores), and nothing it does reaches the user: its report is written nowhere, and its
 * failures are its own.
 */
final class WarmUp implements AutoCloseable {

    /**
     * Inputs smaller than this are read too soon for a rehearsal, or a company index worked out while
     * reading, to pay (the launcher's threshold too).
     */
    static final long LARGE_INPUT_BYTES = 10_000_000;

    /** Three of the engine's batches, so that the batched path is rehearsed. */
    static final int SAMPLE_DEALS = 3_000;

    /**
     * The most deals in one of the rehearsal's sessions: a quarter of the engine's
     * ({@link RuleEngine#BATCH_DEALS}), so that a round runs some twelve sessions and what runs once
     * per session (making it, its rules' memory, handing its batch on) is compiled before the real
     * sessions: a million deals' sessions took 4.74–4.98 s against 4.89–5.22 s after a rehearsal in
     * sessions of 1,000 (nine runs and six, alternated); 100 and 50 deals gave 4.74–5.04 s.
     */
    static final int SAMPLE_BATCH_DEALS = RuleEngine.BATCH_DEALS / 4;

    /**
     * The most rounds: a round once compiled takes some 40 ms, so a million deals' reading leaves
     * time for about 70 (beside the reading, with what processor time the idle class is left, 20–46
     * of them ran before a million deals were read). The later rounds get compiled what runs once
     * per company or per finding rather than per deal (the rules' consequences); each round also
     * fills a little of the heap, which makes the collector stop the reading more often, so a long
     * reading is not rehearsed throughout.
     */
    static final int ROUNDS = 64;

    /** One round of the run's work on a portfolio, its report written nowhere. */
    @FunctionalInterface
    interface Rehearsal {
        /** @param dealsScored told, batch by batch, how many deals were scored; it throws to stop the round */
        void run(Portfolio sample, RuleBase rules, IntConsumer dealsScored) throws Exception;
    }

    private final Thread thread;
    private volatile boolean stopped;

    private WarmUp(RuleLoading rules, Rehearsal rehearsal, int rounds) {
        thread = new Thread(() -> rehearseRounds(rules, rehearsal, rounds), "warm-up");
        thread.setDaemon(true);
    }

    /** Starts rehearsing once the rules are loaded, for input files of {@code inputBytes} in all; not for small ones. */
    static WarmUp startFor(long inputBytes, RuleLoading rules, Rehearsal rehearsal) {
        return start(inputBytes >= LARGE_INPUT_BYTES ? ROUNDS : 0, rules, rehearsal);
    }

    /** Starts {@code rounds} rounds of rehearsal once the rules are loaded; none when 0. */
    static WarmUp start(int rounds, RuleLoading rules, Rehearsal rehearsal) {
        WarmUp warmUp = new WarmUp(rules, rehearsal, rounds);
        if (rounds > 0) {
            warmUp.thread.start();
        }
        return warmUp;
    }

    /** Stops the rehearsal at its next batch; it does not wait for it, as it runs only on an idle core. */
    @Override
    public void close() {
        stopped = true;
    }

    /** Waits for the rehearsal to end, for at most {@code millis}; whether it has. */
    boolean awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    private void rehearseRounds(RuleLoading loading, Rehearsal rehearsal, int rounds) {
        try {
            if (!ThreadScheduling.enterIdleClass()) {
                return;
            }
            RuleBase rules = loading.get();
            Portfolio sample = sample();
            for (int round = 0; round < rounds && !stopped; round++) {
                rehearsal.run(sample, rules, deals -> {
                    if (stopped) {
                        throw new Stopped();
                    }
                });
            }
        } catch (Throwable anything) {
            // A rehearsal's failure, or its stop, is its own: the real run meets any real problem itself.
        }
    }

    /** Thrown on the rehearsal's threads to end a round as soon as the reading has ended. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** The generated portfolio of {@link #SAMPLE_DEALS} deals ({@link WarmUpSample}), read as a deal file is. */
    static Portfolio sample() throws IOException, InvalidInputException {
        return new DealFileLoader().load("warm-up.json", WarmUpSample.bytes());
    }
}
