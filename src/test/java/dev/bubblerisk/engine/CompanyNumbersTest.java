package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The table of company numbers answers as a map does, through growing, and for equal ids that are other strings. */
class CompanyNumbersTest {

    @Property(tries = 200)
    void answersAsAMapDoes(@ForAll @Size(max = 2000) List<@IntRange(min = 0, max = 300) Integer> ids,
                           @ForAll @IntRange(min = 0, max = 50) int expected) {
        CompanyNumbers numbers = new CompanyNumbers(expected);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = "co" + ids.get(i); // a new string each time: equal ids are found by content too
            if (i % 3 == 0) {
                assertThat(numbers.get(id)).isEqualTo(map.getOrDefault(id, CompanyNumbers.NONE));
            } else {
                Integer before = map.putIfAbsent(id, i);
                assertThat(numbers.putIfAbsent(id, i)).isEqualTo(before == null ? i : before);
            }
        }
        for (int id = 0; id <= 300; id++) {
            assertThat(numbers.get("co" + id)).isEqualTo(map.getOrDefault("co" + id, CompanyNumbers.NONE));
        }
    }

    @Test
    void findsIdsWhoseHashesCollide() {
        // "Aa" and "BB" have the same hash, so they land in the same slot and the second goes on
        CompanyNumbers numbers = new CompanyNumbers(1);
        assertThat(numbers.putIfAbsent("Aa", 0)).isEqualTo(0);
        assertThat(numbers.putIfAbsent("BB", 1)).isEqualTo(1);
        assertThat(numbers.putIfAbsent("AaAa", 2)).isEqualTo(2);
        assertThat(numbers.putIfAbsent("BBBB", 3)).isEqualTo(3);
        assertThat(numbers.putIfAbsent("BB", 9)).isEqualTo(1);
        assertThat(List.of(numbers.get("Aa"), numbers.get("BB"), numbers.get("AaAa"), numbers.get("BBBB"),
                numbers.get("AaBB"))).containsExactly(0, 1, 2, 3, CompanyNumbers.NONE);
    }
}
