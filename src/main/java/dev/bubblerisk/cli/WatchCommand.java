package dev.bubblerisk.cli;

import dev.bubblerisk.authoring.RuleTests;
import dev.bubblerisk.authoring.TestRunWriter;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleBaseBuilder;
import dev.bubblerisk.engine.RuleCompilationException;
import dev.bubblerisk.load.InvalidInputException;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.report.Report;
import dev.bubblerisk.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code watch}: keeps the engine warm and re-scores (or re-tests) on every save of a deal file
 * or a rule file. A broken rule or deal file shows its diagnostics and watching goes on.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Re-score the deals (or re-run the rule tests with --test) on every save of a deal file or a",
                "rule file, with the engine kept warm. Broken input shows its diagnostics and watching goes on.",
                "Stop with Ctrl-C."})
final class WatchCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final int WARM_UP_ROUNDS = 3;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Deal files or directories (not needed with --test).")
    List<Path> inputs = List.of();

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--test", description = "Re-run the rule scenarios instead of re-scoring.")
    boolean test;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Report format when scoring (default: table).")
    ReportFormat format = ReportFormat.TABLE;

    @Option(names = "--exit-after", hidden = true, paramLabel = "N", description = "Stop after N re-runs (for scripts).")
    int exitAfter = -1;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Spec
    CommandSpec spec;

    private RuleBase ruleBase;

    @Override
    public Integer call() throws Exception {
        if (!test && inputs.isEmpty()) {
            throw new UsageException("watch needs deal files to score, or --test");
        }
        Path ruleDirectory = Path.of(rules.source().path());
        Set<Path> watched = new LinkedHashSet<>();
        watched.add(ruleDirectory.toAbsolutePath());
        DealInputs.find(inputs).forEach(file -> watched.add(file.toAbsolutePath().getParent()));
        inputs.stream().filter(java.nio.file.Files::isDirectory).forEach(dir -> watched.add(dir.toAbsolutePath()));
        PrintWriter out = spec.commandLine().getOut();
        try (FileWatcher watcher = new FileWatcher(watched)) {
            out.println("watching " + watched.stream().map(Path::toString).collect(Collectors.joining(", ")) + " (Ctrl-C to stop)");
            run(true, "start");
            warmUpTheCompiler();
            for (int runs = 0; exitAfter < 0 || runs < exitAfter; ) {
                Set<Path> changed = relevant(watcher.next());
                if (!changed.isEmpty()) {
                    boolean rulesChanged = changed.stream().anyMatch(path -> path.toString().endsWith(".drl"));
                    run(rulesChanged, changed.stream().map(Path::toString).collect(Collectors.joining(", ")));
                    runs++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    /**
     * Compiles the rules once more in the background, bypassing the cache, so the compiler's classes
     * are loaded and hot before the first rule edit: that edit then shows in a fraction of the time.
     */
    private void warmUpTheCompiler() {
        Thread warmUp = new Thread(() -> {
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                try {
                    RuleBaseBuilder.build(rules.source());
                } catch (RuleCompilationException | RuntimeException e) {
                    return; // a broken ruleset is reported by the runs themselves
                }
            }
        }, "compiler warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    private static Set<Path> relevant(Set<Path> changed) {
        return changed.stream().filter(path -> {
            String name = path.getFileName().toString();
            return !name.startsWith(".") && (name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml")
                    || name.endsWith(".json"));
        }).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** One re-run; every failure is printed and watching goes on. */
    private void run(boolean recompile, String cause) throws IOException {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (recompile || ruleBase == null) {
                ruleBase = rules.load();
            }
            if (test) {
                TestRunWriter.Format.TEXT.writer().write(RuleTests.run(ruleBase, rules.source().tests(), label -> true), out);
            } else {
                Portfolio portfolio = DealInputs.load(DealInputs.find(inputs));
                Report report = Scoring.score(portfolio, ruleBase, engine.limits(), err);
                format.writer().write(report, out);
            }
        } catch (RuleCompilationException e) {
            ruleBase = null;
            e.diagnostics().forEach(err::println);
        } catch (InvalidInputException e) {
            e.diagnostics().forEach(err::println);
        } catch (UsageException | dev.bubblerisk.engine.RuleExecutionException e) {
            err.println("bubblerisk: " + e.getMessage());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.println("— " + LocalTime.now().format(CLOCK) + " · " + (test ? "tested" : "scored") + " in " + millis
                + " ms after " + cause);
        out.flush();
        err.flush();
    }
}
