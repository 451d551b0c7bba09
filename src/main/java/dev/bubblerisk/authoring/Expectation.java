package dev.bubblerisk.authoring;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.SourceLocation;
import dev.bubblerisk.score.Band;
import java.util.List;

/**
 * What a scenario expects of one deal. Every part is optional.
 *
 * @param fires    rules that must find something in the deal
 * @param notFires rules that must find nothing in it
 * @param score    the exact score, or {@code null}
 * @param band     the exact band, or {@code null}
 * @param dataGaps gaps that must be reported (others may be too)
 */
public record Expectation(String deal, List<String> fires, List<String> notFires, Integer score, Band band,
                          List<DataGap> dataGaps, SourceLocation location) {

    public Expectation {
        fires = List.copyOf(fires);
        notFires = List.copyOf(notFires);
        dataGaps = List.copyOf(dataGaps);
    }
}
