package dev.bubblerisk.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.yaml.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tied_to}: links a flow to a purchase or lease flow of the same deal. */
class TiedFlowsTest {

    @TempDir
    Path dir;

    private static final String DEAL = """
            as_of: 2025-10-31
            companies:
              - id: a
                name: A
              - id: b
                name: B
            deals:
              - id: d
                flows:
                  - id: chips
                    type: %s
                    from: a
                    to: b
                  - id: stake
                    type: investment
                    from: b
                    to: a
                    tied_to: chips
            """;

    @Test
    void acceptsATieToALeaseFlow() throws Exception {
        Portfolio portfolio = load(DEAL.formatted("lease"));

        assertThat(portfolio.deals().get(0).flows().get(1).tiedTo()).isEqualTo("chips");
    }

    @Test
    void aTieToAFlowThatHasProblemsOfItsOwnAddsNoSecondMessage() throws Exception {
        Path file = write(DEAL.formatted("purchse"));

        InvalidInputException failure = catchThrowableOfType(InvalidInputException.class,
                () -> new DealFileLoader().load(List.of(file)));

        assertThat(failure.diagnostics()).extracting(Diagnostic::toString).containsExactly(file
                + ":11:15: 'type' must be one of purchase, lease, investment, warrant, loan, guarantee, got 'purchse'"
                + " (did you mean 'purchase'?)");
    }

    private Portfolio load(String yaml) throws Exception {
        return new DealFileLoader().load(List.of(write(yaml)));
    }

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("deal.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
