package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.ruleapi.DealLoops;
import dev.bubblerisk.ruleapi.MoneyLoop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts derived from a portfolio's deals and loops, as a session is given them. */
class DerivedFactsTest {

    @TempDir
    Path dir;

    @Test
    void givesEachLoopOnceAfterTheDealsOnItShortestFirst() {
        Portfolio portfolio = MoneyLoopFinderTest.twoLoopsSharingDeals(dir);
        MoneyLoopFinder.Result found = MoneyLoopFinder.find(portfolio);
        List<Object> facts = new ArrayList<>();

        DerivedFacts.derive(portfolio, found.byDeal(), List.of(), facts::add);

        List<MoneyLoop> loops = facts.stream().filter(MoneyLoop.class::isInstance).map(MoneyLoop.class::cast).toList();
        assertThat(loops).extracting(MoneyLoop::path).containsExactly("a → b → c → a", "a → b → d → c → a");
        assertThat(loops).allSatisfy(loop -> assertThat(found.loops()).containsOnlyOnce(loop));
        assertThat(facts.stream().filter(DealLoops.class::isInstance).map(fact -> ((DealLoops) fact).dealId()))
                .containsExactly("d1", "d2", "d3");
    }
}
