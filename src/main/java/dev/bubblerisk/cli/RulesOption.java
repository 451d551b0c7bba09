package dev.bubblerisk.cli;

import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleCompilationException;
import dev.bubblerisk.engine.RuleSource;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, as every command that runs rules takes it. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Directory of DRL rules and their scenarios (default: rules/ here if present, else the rules shipped in the jar).")
    Path directory;

    RuleSource source() {
        return RulesLocation.resolve(directory);
    }

    RuleBase load() throws RuleCompilationException {
        return RulesLocation.load(directory);
    }
}
