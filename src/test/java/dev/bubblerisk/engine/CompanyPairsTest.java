package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The set of company pairs holds each pair added once, as a set of lists does, through growing and merging. */
class CompanyPairsTest {

    @Property(tries = 200)
    void holdsWhatASetOfPairsHolds(@ForAll @Size(max = 3000) List<@IntRange(min = 0, max = 60) Integer> froms,
                                   @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int large) {
        CompanyPairs pairs = new CompanyPairs();
        CompanyPairs merged = new CompanyPairs();
        Set<List<Integer>> expected = new HashSet<>();
        for (int i = 0; i < froms.size(); i++) {
            int from = froms.get(i);
            int to = i % 3 == 0 ? large : (from * 7 + i) % 61; // repeats, and numbers of every size
            pairs.add(from, to);
            (i % 2 == 0 ? merged : new CompanyPairs()).add(from, to);
            expected.add(List.of(from, to));
        }
        CompanyPairs other = new CompanyPairs();
        for (int i = 1; i < froms.size(); i += 2) {
            other.add(froms.get(i), i % 3 == 0 ? large : (froms.get(i) * 7 + i) % 61);
        }
        merged.addAll(other);

        for (CompanyPairs each : List.of(pairs, merged)) {
            assertThat(listed(each)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(each.size()).isEqualTo(expected.size());
            for (List<Integer> pair : expected) {
                assertThat(each.contains(pair.get(0), pair.get(1))).isTrue();
            }
            for (int from = 0; from <= 61; from++) {
                for (int to : List.of(0, 1, 60, 61, large)) {
                    assertThat(each.contains(from, to)).isEqualTo(expected.contains(List.of(from, to)));
                }
            }
        }
    }

    private static List<List<Integer>> listed(CompanyPairs pairs) {
        List<List<Integer>> listed = new ArrayList<>();
        pairs.forEach((from, to) -> listed.add(List.of(from, to)));
        return listed;
    }
}
