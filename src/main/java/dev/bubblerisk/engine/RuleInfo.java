package dev.bubblerisk.engine;

import dev.bubblerisk.ruleapi.Need;
import java.util.Comparator;
import java.util.List;

/**
 * What a rule declares about itself in its metadata: {@code @id}, {@code @category},
 * {@code @points} and optionally {@code @needs}, with where the rule is written.
 */
public record RuleInfo(String id, String category, int points, List<Need> needs, String file, int line) {

    /** By file, then line: the order rules are listed in. */
    public static final Comparator<RuleInfo> FILE_ORDER = Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line);

    public RuleInfo {
        needs = List.copyOf(needs);
    }
}
