package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SinglePassTest {

    @Test
    void theShippedCatalogueRunsInOnePass() {
        assertThat(SinglePass.suits(RuleSource.fromDirectory(Path.of("rules")))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "insert( new Tick() );", "insertLogical( new Tick() );", "modify( $deal ) { setTitle( \"x\" ) }",
            "update( $deal );", "delete( $deal );", "retract( $deal );", "drools.halt();",
            "kcontext.getKieRuntime().insert( $deal );"})
    void aConsequenceThatCanChangeFactsRunsTheUsualWay(String consequence) {
        assertThat(SinglePass.suits(ruleset("", consequence))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"agenda-group \"late\"", "ruleflow-group \"late\"", "activation-group \"one\"", "auto-focus true",
            "lock-on-active true", "no-loop true", "timer ( int: 1s )", "calendars \"weekdays\"", "duration 100"})
    void aRuleThatSteersTheAgendaRunsTheUsualWay(String attribute) {
        assertThat(SinglePass.suits(ruleset(attribute, "findings.add( $deal.id(), \"seen\" );"))).isFalse();
    }

    @Test
    void wordsInCommentsStringsAndNamesDoNotCount() {
        assertThat(SinglePass.suits(ruleset("", """
                // insert( new Tick() ); drools.halt();
                /* modify( $deal ) { } agenda-group */
                String note = "update( it ); kcontext";
                boolean updated = $deal.insertedLater();
                findings.add( $deal.id(), note );
                """))).isTrue();
    }

    private static RuleSource ruleset(String attribute, String consequence) {
        return new RuleSource("rules", List.of(new RuleFile("rules/structure/sample.drl", "structure/sample.drl", """
                package structure;

                rule "sample"
                    @id("sample") @category("structure") @points(1)
                    %s
                when
                    $deal : Deal()
                then
                    %s
                end
                """.formatted(attribute, consequence))));
    }
}
