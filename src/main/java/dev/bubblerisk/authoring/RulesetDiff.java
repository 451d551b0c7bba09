package dev.bubblerisk.authoring;

import dev.bubblerisk.engine.EngineResult;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleEngine;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.score.Band;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What-if: the same portfolio scored by two rulesets, deal by deal, with the band migration between them. */
public final class RulesetDiff {

    /** One deal under both rulesets. */
    public record Change(Deal deal, DealScore before, DealScore after) {

        public int delta() {
            return after.score() - before.score();
        }

        public boolean changed() {
            return before.score() != after.score() || before.band() != after.band() || before.rawPoints() != after.rawPoints();
        }
    }

    /**
     * @param migration how many deals moved from each band under ruleset A (outer key) to each band under B
     * @param changes   every deal, changed or not, largest move first, then by id
     */
    public record Result(RuleBase a, RuleBase b, List<Change> changes, Map<Band, Map<Band, Integer>> migration) {

        public List<Change> changed() {
            return changes.stream().filter(Change::changed).toList();
        }
    }

    private RulesetDiff() {
    }

    public static Result compare(RuleBase a, RuleBase b, Portfolio portfolio) {
        EngineResult before = RuleEngine.run(a, portfolio);
        EngineResult after = RuleEngine.run(b, portfolio);
        List<Change> changes = new ArrayList<>();
        Map<Band, Map<Band, Integer>> migration = new EnumMap<>(Band.class);
        for (Band from : Band.values()) {
            Map<Band, Integer> row = new EnumMap<>(Band.class);
            for (Band to : Band.values()) {
                row.put(to, 0);
            }
            migration.put(from, row);
        }
        for (Deal deal : portfolio.deals()) {
            Change change = new Change(deal, score(deal, before), score(deal, after));
            changes.add(change);
            migration.get(change.before().band()).merge(change.after().band(), 1, Integer::sum);
        }
        changes.sort(Comparator.comparingInt((Change change) -> -Math.abs(change.delta()))
                .thenComparing(change -> change.deal().id()));
        return new Result(a, b, changes, migration);
    }

    private static DealScore score(Deal deal, EngineResult result) {
        return ScoreCard.score(deal, result.findingsOf(deal.id()), result.dataGapsOf(deal.id()));
    }
}
