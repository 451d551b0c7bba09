package dev.bubblerisk.report;

import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.InputFile;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.score.DealScore;
import java.util.List;

/**
 * Everything a report shows, in the order it is shown: what produced it (engine, ruleset,
 * inputs), the ranked deals and the money loops, with the whole portfolio for the formats that
 * draw every company and flow.
 *
 * @param deals     ranked: by score, then raw points, then id
 * @param portfolio every company, holding and deal read, scored or not
 */
public record Report(Engine engine, Ruleset ruleset, List<InputFile> inputs, List<DealScore> deals, List<Cycle> cycles,
                     Portfolio portfolio) {

    public static final String FORMAT = "bubblerisk-report/v1";

    public Report {
        inputs = List.copyOf(inputs);
        deals = List.copyOf(deals);
        cycles = List.copyOf(cycles);
    }

    /** The versions of bubblerisk and Drools that produced the report. */
    public record Engine(String version, String drools) {
    }

    /** The ruleset that produced the report: where it was read from, its content hash, its rule count. */
    public record Ruleset(String path, String sha256, int rules) {
    }
}
