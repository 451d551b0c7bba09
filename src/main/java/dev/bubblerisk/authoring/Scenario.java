package dev.bubblerisk.authoring;

import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.model.SourceLocation;
import java.util.List;

/**
 * One case of a rule test file: deal facts written inline and what the rules must make of them.
 *
 * @param file  the test file, as named to the user
 * @param given the deal facts; their evidence lines point into the test file
 */
public record Scenario(String file, String name, SourceLocation location, Portfolio given, List<Expectation> expectations) {

    public Scenario {
        expectations = List.copyOf(expectations);
    }
}
