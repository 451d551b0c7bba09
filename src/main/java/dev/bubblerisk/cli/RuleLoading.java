package dev.bubblerisk.cli;

import dev.bubblerisk.engine.HelperThread;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleCompilationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The rules, loaded on a thread of their own while the deals are read: reading leaves the second
 * core mostly idle, and a compile after a rule edit takes a second or two. Only their failure to
 * load is reported, and only when asked for, so a broken deal file is still reported first; a run
 * that fails on its input does not wait for the rules (the thread is a daemon).
 */
final class RuleLoading {

    private final Future<RuleBase> rules;

    private RuleLoading(Future<RuleBase> rules) {
        this.rules = rules;
    }

    static RuleLoading start(RulesOption option) {
        ExecutorService thread = HelperThread.start("rule-loading");
        Future<RuleBase> rules = thread.submit(option::load);
        thread.shutdown(); // the thread ends once the rules are loaded
        return new RuleLoading(rules);
    }

    /** The rules, once loaded; their failure to load, as loading them on this thread would have thrown it. */
    RuleBase get() throws RuleCompilationException, InterruptedException {
        return HelperThread.await(rules, RuleCompilationException.class);
    }
}
