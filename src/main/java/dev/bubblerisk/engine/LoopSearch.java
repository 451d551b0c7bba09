package dev.bubblerisk.engine;

import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.ruleapi.MoneyLoop;
import java.util.List;

/**
 * The loops of value in a portfolio, without running any rule: the same search {@link RuleEngine}
 * feeds to {@code circular-flow}, for views (such as the money-flow graph) that need no scores.
 *
 * @param cycles    every loop of 3 to 6 companies, each once, in a stable order
 * @param truncated the search stopped at its bound, so {@code cycles} may be incomplete
 */
public record LoopSearch(List<Cycle> cycles, boolean truncated) {

    public LoopSearch {
        cycles = List.copyOf(cycles);
    }

    public static LoopSearch of(Portfolio portfolio) {
        return of(MoneyLoopFinder.find(portfolio));
    }

    static LoopSearch of(MoneyLoopFinder.Result result) {
        return new LoopSearch(result.loops().stream().map(MoneyLoop::cycle).toList(), result.truncated());
    }
}
