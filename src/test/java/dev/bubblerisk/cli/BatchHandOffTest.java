package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchHandOffTest {

    @Test
    void batchesAreTakenOneAtATimeInTheOrderGiven() {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        try (BatchHandOff handOff = new BatchHandOff(50)) {
            for (int i = 0; i < 50; i++) {
                int batch = i;
                handOff.submit(() -> done.add(batch));
            }
        }
        assertThat(done).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50).boxed().toList());
    }

    @Test
    void aFailureOnTheOtherThreadReachesTheCaller() {
        assertThatThrownBy(() -> {
            try (BatchHandOff handOff = new BatchHandOff(50)) {
                handOff.submit(() -> {
                    throw new IllegalArgumentException("reported a finding for 'x', which is not a deal id");
                });
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a deal id");
    }
}
