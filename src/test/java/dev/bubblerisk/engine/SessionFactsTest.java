package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Portfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

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

    @Test
    void eachFactGoesInOnceAndMeetsThePatternsOfItsOwnType() throws Exception {
        Portfolio portfolio = new DealFileLoader().load(List.of(Path.of("fixtures/ai-compute-2025.yaml")));
        List<Flow> flows = portfolio.deals().stream().flatMap(deal -> deal.flows().stream()).toList();
        String drl = """
                global java.util.List deals;
                global java.util.List flows;

                rule "deals"
                    @id("deals") @category("test") @points(1)
                when
                    $deal : Deal()
                then
                    deals.add( $deal );%s
                end

                rule "flows"
                    @id("flows") @category("test") @points(1)
                when
                    $flow : Flow()
                then
                    flows.add( $flow );
                end
                """;
        RuleBase sequential = ruleBase("sequential", drl.formatted(""));
        RuleBase usual = ruleBase("usual", drl.formatted(" if (false) { insert( new Object() ); }"));
        assertThat(sequential.sequential()).isTrue();
        assertThat(usual.sequential()).isFalse();

        for (RuleBase rules : List.of(sequential, usual)) {
            SessionFacts facts = SessionFacts.of(rules, portfolio, Map.of());
            List<Object> dealsSeen = new ArrayList<>();
            List<Object> flowsSeen = new ArrayList<>();
            KieSession session = rules.newSession();
            try {
                session.setGlobal("deals", dealsSeen);
                session.setGlobal("flows", flowsSeen);
                facts.insertInto(session);
                assertThat(new ArrayList<Object>(session.getObjects())).as("each fact once, the very object")
                        .usingElementComparator(SessionFactsTest::sameObject)
                        .containsExactlyInAnyOrderElementsOf(facts.facts());
                session.fireAllRules();
            } finally {
                session.dispose();
            }
            assertThat(dealsSeen).usingElementComparator(SessionFactsTest::sameObject)
                    .containsExactlyInAnyOrderElementsOf(portfolio.deals());
            assertThat(flowsSeen).usingElementComparator(SessionFactsTest::sameObject)
                    .containsExactlyInAnyOrderElementsOf(flows);
        }
    }

    private static int sameObject(Object a, Object b) {
        return a == b ? 0 : 1;
    }

    private RuleBase rules(String name, String patterns) throws Exception {
        return ruleBase(name, """
                rule "%s"
                    @id("%s") @category("test") @points(1)
                when
                    %s
                then
                end
                """.formatted(name, name, patterns));
    }

    private RuleBase ruleBase(String name, String rules) throws Exception {
        Path file = dir.resolve(name + "/rules/test/" + name + ".drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package test;

                import dev.bubblerisk.model.*;

                """ + rules);
        return RuleBaseBuilder.build(RuleSource.fromDirectory(file.getParent().getParent()));
    }
}
