package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Portfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFactsTest {

    @TempDir
    Path dir;

    @Test
    void factsOfATypeNoPatternMatchesStayOutButAreCounted() throws Exception {
        Portfolio portfolio = new DealFileLoader().load(List.of(Path.of("fixtures/ai-compute-2025.yaml")));
        List<Flow> flows = portfolio.deals().stream().flatMap(deal -> deal.flows().stream()).toList();
        assertThat(flows).isNotEmpty();

        SessionFacts dealsOnly = SessionFacts.of(rules("deals", "Deal()"), portfolio, Map.of());
        SessionFacts withFlows = SessionFacts.of(rules("flows", "Deal()\n        Flow()"), portfolio, Map.of());

        assertThat(dealsOnly.facts()).hasOnlyElementsOfType(Deal.class).hasSize(portfolio.deals().size());
        assertThat(withFlows.facts()).filteredOn(Flow.class::isInstance).containsExactlyElementsOf(flows);
        assertThat(dealsOnly.count()).as("every fact made is counted, whatever goes in")
                .isEqualTo(withFlows.count())
                .isGreaterThan(dealsOnly.facts().size() + flows.size());
    }

    private RuleBase rules(String name, String patterns) throws Exception {
        Path file = dir.resolve(name + "/rules/test/" + name + ".drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package test;

                import dev.bubblerisk.model.*;

                rule "%s"
                    @id("%s") @category("test") @points(1)
                when
                    %s
                then
                end
                """.formatted(name, name, patterns));
        return RuleBaseBuilder.build(RuleSource.fromDirectory(file.getParent().getParent()));
    }
}
