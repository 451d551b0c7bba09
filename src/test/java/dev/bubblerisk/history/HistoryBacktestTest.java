package dev.bubblerisk.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.engine.EngineResult;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleBaseBuilder;
import dev.bubblerisk.engine.RuleEngine;
import dev.bubblerisk.engine.RuleSource;
import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Back-test on history: the deals whose outcome is known ({@code fixtures/history-labels.csv})
 * must separate — every known-bad case at 50 or above, every benign one under 25, and every bad
 * case ranked above every benign one. Each labelled file is scored on its own, as a reviewer would.
 */
class HistoryBacktestTest {

    private static final Path LABELS = Path.of("fixtures/history-labels.csv");

    private static final Map<String, Integer> BAD = new TreeMap<>();
    private static final Map<String, Integer> BENIGN = new TreeMap<>();

    @BeforeAll
    static void scoreEveryLabelledFile() throws Exception {
        RuleBase rules = RuleBaseBuilder.build(RuleSource.fromDirectory(Path.of("rules")));
        Map<String, List<String[]>> byFile = new TreeMap<>();
        for (String[] label : labels()) {
            byFile.computeIfAbsent(label[1], file -> new ArrayList<>()).add(label);
        }
        for (Map.Entry<String, List<String[]>> file : byFile.entrySet()) {
            Map<String, Integer> scores = scores(rules, Path.of(file.getKey()));
            for (String[] label : file.getValue()) {
                assertThat(scores).as("labelled deal %s in %s", label[0], label[1]).containsKey(label[0]);
                (label[2].equals("bad") ? BAD : BENIGN).put(label[0], scores.get(label[0]));
            }
        }
    }

    @Test
    void labelsCoverBothOutcomes() {
        assertThat(BAD).hasSizeGreaterThanOrEqualTo(8);
        assertThat(BENIGN).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyKnownBadCaseScoresAtLeastFifty() {
        assertThat(BAD).allSatisfy((deal, score) -> assertThat(score).as(deal).isGreaterThanOrEqualTo(50));
    }

    @Test
    void everyBenignCaseScoresUnderTwentyFive() {
        assertThat(BENIGN).allSatisfy((deal, score) -> assertThat(score).as(deal).isLessThan(25));
    }

    @Test
    void everyKnownBadCaseOutranksEveryBenignOne() {
        int lowestBad = BAD.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int highestBenign = BENIGN.values().stream().mapToInt(Integer::intValue).max().orElseThrow();

        assertThat(lowestBad).as("lowest known-bad score %s against highest benign %s", BAD, BENIGN)
                .isGreaterThan(highestBenign);
    }

    private static Map<String, Integer> scores(RuleBase rules, Path file) throws Exception {
        Portfolio portfolio = new DealFileLoader().load(List.of(file));
        EngineResult result = RuleEngine.run(rules, portfolio);
        Map<String, Integer> scores = new HashMap<>();
        for (Deal deal : portfolio.deals()) {
            DealScore scored = ScoreCard.score(deal, result.findingsOf(deal.id()), result.dataGapsOf(deal.id()));
            scores.put(deal.id(), scored.score());
        }
        return scores;
    }

    /** Rows of {@code deal_id,file,outcome,note}; the note may be quoted and hold commas. */
    private static List<String[]> labels() throws IOException {
        List<String> lines = Files.readAllLines(LABELS);
        assertThat(lines.get(0)).isEqualTo("deal_id,file,outcome,note");
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", 4);
            assertThat(fields[2]).as(line).isIn("bad", "benign");
            rows.add(fields);
        }
        return rows;
    }
}
