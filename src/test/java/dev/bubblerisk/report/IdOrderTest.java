package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Ids compared through their packed characters come out in the order strings compare in. */
class IdOrderTest {

    @Property(tries = 2000)
    void ordersIdsOfFewCharactersAsStringsCompare(
            @ForAll @StringLength(max = 11) @Chars({'\u0000', '0', '9', 'd', '\u00ff', '\u0100'}) String a,
            @ForAll @StringLength(max = 11) @Chars({'\u0000', '0', '9', 'd', '\u00ff', '\u0100'}) String b) {
        assertThat(Integer.signum(IdOrder.compare(a, IdOrder.packed(a), b, IdOrder.packed(b))))
                .isEqualTo(Integer.signum(a.compareTo(b)));
    }

    @Property(tries = 500)
    void ordersAnyIdsAsStringsCompare(@ForAll String a, @ForAll String b) {
        assertThat(Integer.signum(IdOrder.compare(a, IdOrder.packed(a), b, IdOrder.packed(b))))
                .isEqualTo(Integer.signum(a.compareTo(b)));
    }

    @Test
    void tellsIdsApartByTheirFirstEightCharacters() {
        assertThat(IdOrder.packed("d0780948")).isNotEqualTo(IdOrder.packed("d0780949"));
        assertThat(IdOrder.packed("d0780948-x")).isEqualTo(IdOrder.packed("d0780948-y"));
        assertThat(IdOrder.packed("d078")).isLessThan(IdOrder.packed("d0780"));
    }
}
