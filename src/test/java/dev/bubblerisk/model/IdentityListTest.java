package dev.bubblerisk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityListTest {

    private final Evidence a = new Evidence("deal", "d1", "deals.yaml", 3);
    private final Evidence b = new Evidence("deal", "d2", "deals.yaml", 9);

    @Test
    void findsTheSameObjectsInTheSameOrderWhateverListHoldsThem() {
        Map<IdentityList, String> map = new HashMap<>();
        map.put(new IdentityList(List.of(a, b)), "kept");

        assertThat(map.get(new IdentityList(new ArrayList<>(List.of(a, b))))).isEqualTo("kept");
        assertThat(map.get(new IdentityList(List.of(b, a)))).as("another order").isNull();
        assertThat(map.get(new IdentityList(List.of(a)))).as("fewer").isNull();
    }

    @Test
    void tellsEqualButDistinctObjectsApart() {
        Evidence copy = new Evidence("deal", "d1", "deals.yaml", 3);

        assertThat(copy).isEqualTo(a);
        assertThat(new IdentityList(List.of(copy, b))).isNotEqualTo(new IdentityList(List.of(a, b)));
        assertThat(IdentityList.sameItems(List.of(copy), List.of(a))).isFalse();
        assertThat(IdentityList.sameItems(List.of(a), List.of(a))).isTrue();
    }
}
