package dev.bubblerisk.cli;

import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleCompilationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The rules, loaded on a thread of their own while the deals are read: reading leaves the second
 * core mostly idle, and a compile after a rule edit takes a second or two. Only their failure to
 * load is reported, and only when asked for, so a broken deal file is still reported first.
 */
final class RuleLoading {

    private final CompletableFuture<RuleBase> rules = new CompletableFuture<>();

    private RuleLoading() {
    }

    static RuleLoading start(RulesOption option) {
        RuleLoading loading = new RuleLoading();
        Thread thread = new Thread(() -> {
            try {
                loading.rules.complete(option.load());
            } catch (RuleCompilationException | RuntimeException | Error e) {
                loading.rules.completeExceptionally(e);
            }
        }, "rule-loading");
        thread.setDaemon(true); // a run that fails on its input does not wait for the rules
        thread.start();
        return loading;
    }

    /** The rules, once loaded; their failure to load, as loading them on this thread would have thrown it. */
    RuleBase get() throws RuleCompilationException, InterruptedException {
        try {
            return rules.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuleCompilationException compilation) {
                throw compilation;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) cause;
        }
    }
}
