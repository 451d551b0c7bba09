package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.ruleapi.Party;
import dev.bubblerisk.ruleapi.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledRuleCacheTest {

    private static final RuleSource SHIPPED = RuleSource.fromDirectory(Path.of("rules"));

    @TempDir
    Path cacheDirectory;

    @Test
    void aSecondBuildOfTheSameRulesetLoadsTheCompiledPackages() throws Exception {
        CompiledRuleCache cache = new CompiledRuleCache(cacheDirectory, "build-1");

        RuleBase compiled = RuleBaseBuilder.build(SHIPPED, cache);
        RuleBase loaded = RuleBaseBuilder.build(SHIPPED, cache);

        assertThat(compiled.fromCache()).isFalse();
        assertThat(loaded.fromCache()).isTrue();
        assertThat(loaded.rules()).isEqualTo(compiled.rules());
        assertThat(entries()).hasSize(1);
    }

    @Test
    void rulesLoadedFromTheCacheFindWhatCompiledRulesFind() throws Exception {
        CompiledRuleCache cache = new CompiledRuleCache(cacheDirectory, "build-1");
        RuleBaseBuilder.build(SHIPPED, cache);
        RuleBase loaded = RuleBaseBuilder.build(SHIPPED, cache);
        var portfolio = new dev.bubblerisk.load.DealFileLoader().load(List.of(Path.of("fixtures/ai-compute-2025.yaml")));

        EngineResult fromCache = RuleEngine.run(loaded, portfolio);
        EngineResult fresh = RuleEngine.run(RuleBaseBuilder.build(SHIPPED), portfolio);

        assertThat(fromCache.findings()).isEqualTo(fresh.findings());
        assertThat(fromCache.dataGaps()).isEqualTo(fresh.dataGaps());
    }

    @Test
    void rulesLoadedFromTheCacheLeaveOutTheFactsCompiledRulesLeaveOut() throws Exception {
        CompiledRuleCache cache = new CompiledRuleCache(cacheDirectory, "build-1");
        RuleBaseBuilder.build(SHIPPED, cache);
        RuleBase loaded = RuleBaseBuilder.build(SHIPPED, cache);

        assertThat(loaded.fromCache()).isTrue();
        assertThat(loaded.matches(new Party(null, Role.BUYER, "lab", null, List.of()))).isTrue();
        assertThat(loaded.matches(new Party(null, Role.SUPPLIER, "lab", null, List.of())))
                .as("no shipped rule matches a supplier's party").isFalse();
    }

    @Test
    void anEditedRulesetOrAnotherBuildIsCompiledAgain() throws Exception {
        RuleBaseBuilder.build(SHIPPED, new CompiledRuleCache(cacheDirectory, "build-1"));
        RuleSource edited = new RuleSource(SHIPPED.path(), Stream.concat(SHIPPED.files().stream(),
                Stream.of(new RuleFile("rules/extra.drl", "extra.drl", "package extra;\n"))).toList());

        assertThat(RuleBaseBuilder.build(edited, new CompiledRuleCache(cacheDirectory, "build-1")).fromCache()).isFalse();
        assertThat(RuleBaseBuilder.build(SHIPPED, new CompiledRuleCache(cacheDirectory, "build-2")).fromCache()).isFalse();
        assertThat(entries()).hasSize(3);
    }

    @Test
    void aCorruptEntryIsReplacedByAFreshCompile() throws Exception {
        CompiledRuleCache cache = new CompiledRuleCache(cacheDirectory, "build-1");
        RuleBaseBuilder.build(SHIPPED, cache);
        Path entry = entries().get(0);
        Files.write(entry, new byte[] {1, 2, 3, 4});

        RuleBase rebuilt = RuleBaseBuilder.build(SHIPPED, cache);

        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(rebuilt.rules()).isEqualTo(RuleBaseBuilder.build(SHIPPED).rules());
        assertThat(Files.size(entry)).isGreaterThan(4);
    }

    @Test
    void anUnwritableCacheDirectoryOnlyCostsACompile() throws Exception {
        Path notADirectory = cacheDirectory.resolve("file");
        Files.writeString(notADirectory, "x");

        RuleBase base = RuleBaseBuilder.build(SHIPPED, new CompiledRuleCache(notADirectory, "build-1"));

        assertThat(base.rules()).isEqualTo(RuleBaseBuilder.build(SHIPPED).rules());
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cacheDirectory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".bin")).toList();
        }
    }
}
