package dev.bubblerisk.score;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Finding;
import java.util.List;

/**
 * A deal's score card: its findings ranked by points, the sum, the clamped score and its band.
 *
 * @param rawPoints the unclamped sum of finding points
 * @param score     {@code rawPoints} clamped to 0–100
 */
public record DealScore(Deal deal, int score, int rawPoints, Band band, List<Finding> findings, List<DataGap> dataGaps) {

    public DealScore {
        findings = List.copyOf(findings);
        dataGaps = List.copyOf(dataGaps);
    }
}
