package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.FlowType;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.model.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * On small random webs of flows, the loop search lists exactly the simple cycles of 3 to 6
 * companies that trying every sequence of companies finds.
 */
class MoneyLoopFinderPropertyTest {

    private static final SourceLocation AT = new SourceLocation("web.yaml", 1, 1);

    @Property(tries = 300)
    void listsEveryLoopThatTryingEverySequenceFinds(
            @ForAll @Size(max = 22) List<@IntRange(min = 0, max = 48) Integer> links) {
        int companies = 7;
        List<int[]> edges = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        for (int link : links) {
            int from = link / companies;
            int to = link % companies;
            edges.add(new int[] {from, to});
            String id = "d" + deals.size();
            Flow flow = new Flow(id, "f", FlowType.PURCHASE, name(from), name(to), null, null, null, null, null, null, AT);
            deals.add(new Deal(id, null, null, true, null, List.of(flow), List.of(), List.of(), LocalDate.of(2025, 1, 1), AT));
        }

        List<List<String>> found = MoneyLoopFinder.find(new Portfolio(List.of(), List.of(), List.of(), deals)).loops()
                .stream().map(loop -> loop.cycle().companies()).toList();

        assertThat(found).doesNotHaveDuplicates();
        assertThat(new HashSet<>(found)).isEqualTo(everyLoop(companies, edges));
    }

    /** Every sequence of 3 to 6 distinct companies, starting from its smallest, linked all the way round. */
    private static Set<List<String>> everyLoop(int companies, List<int[]> edges) {
        boolean[][] linked = new boolean[companies][companies];
        edges.forEach(edge -> linked[edge[0]][edge[1]] = true);
        Set<List<String>> loops = new HashSet<>();
        extend(new ArrayList<>(List.of(0)), companies, linked, loops);
        for (int start = 1; start < companies; start++) {
            extend(new ArrayList<>(List.of(start)), companies, linked, loops);
        }
        return loops;
    }

    private static void extend(List<Integer> path, int companies, boolean[][] linked, Set<List<String>> loops) {
        int last = path.get(path.size() - 1);
        if (path.size() >= 3 && linked[last][path.get(0)]) {
            loops.add(path.stream().map(MoneyLoopFinderPropertyTest::name).toList());
        }
        if (path.size() == MoneyLoopFinder.MAX_LENGTH) {
            return;
        }
        for (int next = path.get(0) + 1; next < companies; next++) {
            if (!path.contains(next) && linked[last][next]) {
                path.add(next);
                extend(path, companies, linked, loops);
                path.remove(path.size() - 1);
            }
        }
    }

    private static String name(int company) {
        return "c" + company;
    }
}
