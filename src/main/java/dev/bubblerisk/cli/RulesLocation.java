package dev.bubblerisk.cli;

import dev.bubblerisk.engine.CompiledRuleCache;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleBaseBuilder;
import dev.bubblerisk.engine.RuleCompilationException;
import dev.bubblerisk.engine.RuleSource;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the rules come from, first match wins: {@code --rules DIR}; {@code rules/} where the user
 * stands; the checkout's {@code rules/} named by the launcher ({@code -Dbubblerisk.rules}); the
 * rules shipped inside the jar.
 */
final class RulesLocation {

    static final Path DEFAULT = Path.of("rules");
    static final String LAUNCHER_PROPERTY = "bubblerisk.rules";

    private RulesLocation() {
    }

    /** The compiled rules, from the cache of compiled rules when the ruleset is unchanged. */
    static RuleBase load(Path named) throws RuleCompilationException {
        return RuleBaseBuilder.build(resolve(named), new CompiledRuleCache(CompiledRuleCache.defaultDirectory(), BuildInfo.build()));
    }

    static RuleSource resolve(Path named) {
        if (named != null) {
            if (!Files.isDirectory(named)) {
                throw new UsageException("--rules " + named + ": no such directory");
            }
            return RuleSource.fromDirectory(named);
        }
        if (Files.isDirectory(DEFAULT)) {
            return RuleSource.fromDirectory(DEFAULT);
        }
        String checkout = System.getProperty(LAUNCHER_PROPERTY);
        if (checkout != null && Files.isDirectory(Path.of(checkout))) {
            return RuleSource.fromDirectory(Path.of(checkout));
        }
        return RuleSource.bundled();
    }
}
