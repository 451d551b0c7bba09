package dev.bubblerisk.engine;

import dev.bubblerisk.load.DealFileFinder;
import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.Portfolio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the shipped rules over a deal file written inline in a test. */
final class Scenario {

    private static RuleBase shipped;

    private final EngineResult result;

    private Scenario(EngineResult result) {
        this.result = result;
    }

    /** The repository's own {@code rules/}, compiled once for all tests. */
    static synchronized RuleBase shippedRules() {
        if (shipped == null) {
            try {
                shipped = RuleBaseBuilder.build(RuleSource.fromDirectory(Path.of("rules")));
            } catch (RuleCompilationException e) {
                throw new AssertionError("the shipped rules do not compile:\n" + e.getMessage(), e);
            }
        }
        return shipped;
    }

    static Scenario run(Path directory, String yaml) {
        return new Scenario(RuleEngine.run(shippedRules(), load(directory, yaml)));
    }

    static Portfolio load(Path directory, String yaml) {
        try {
            Path file = Files.createTempFile(directory, "deals", ".yaml");
            Files.writeString(file, yaml);
            return new DealFileLoader().load(DealFileFinder.find(List.of(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.bubblerisk.load.InvalidInputException e) {
            throw new AssertionError("scenario input is invalid:\n" + e.getMessage(), e);
        }
    }

    List<Finding> findings(String dealId) {
        return result.findingsOf(dealId);
    }

    List<String> rulesFired(String dealId) {
        return findings(dealId).stream().map(Finding::rule).sorted().toList();
    }

    Finding finding(String dealId, String rule) {
        return findings(dealId).stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " did not fire on " + dealId + "; fired: " + rulesFired(dealId)));
    }

    List<DataGap> gaps(String dealId) {
        return result.dataGapsOf(dealId);
    }
}
