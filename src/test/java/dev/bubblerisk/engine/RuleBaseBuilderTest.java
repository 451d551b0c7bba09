package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.CustomerShare;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.ruleapi.Counterparty;
import dev.bubblerisk.ruleapi.Party;
import dev.bubblerisk.ruleapi.Role;
import dev.bubblerisk.ruleapi.Supply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleBaseBuilderTest {

    @TempDir
    Path rules;

    private static final String HEADER = """
            package structure;

            import dev.bubblerisk.model.*;
            import dev.bubblerisk.ruleapi.*;

            global Findings findings;

            """;

    @Test
    void readsEachRulesMetadataAndWhereItIsWritten() throws Exception {
        write("structure/sample.drl", HEADER + """
                rule "sample-rule"
                    @id("sample-rule") @category("structure") @points(12)
                    @needs("buyer.revenue | buyer.cash, supplier.top_customers")
                when
                    Supply()
                then
                end
                """);

        RuleBase base = RuleBaseBuilder.build(RuleSource.fromDirectory(rules));

        assertThat(base.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("sample-rule");
            assertThat(rule.category()).isEqualTo("structure");
            assertThat(rule.points()).isEqualTo(12);
            assertThat(rule.file()).isEqualTo(rules + "/structure/sample.drl");
            assertThat(rule.line()).isEqualTo(8);
            assertThat(rule.needs()).hasSize(2);
            assertThat(rule.needs().get(0).anyOf()).containsExactly("revenue", "cash");
            assertThat(rule.needs().get(1).role()).isEqualTo(dev.bubblerisk.ruleapi.Role.SUPPLIER);
        });
    }

    @Test
    void knowsWhichFactsSomePatternCanMatch() throws Exception {
        write("structure/parties.drl", HEADER + """
                rule "parties"
                    @id("parties") @category("structure") @points(1)
                when
                    Party()
                    exists InDeal( dealId == "none" )
                then
                end
                """);

        RuleBase base = RuleBaseBuilder.build(RuleSource.fromDirectory(rules));

        assertThat(base.matchesFactsOf(Party.class)).isTrue();
        assertThat(base.matchesFactsOf(Supply.class)).as("through the interface InDeal").isTrue();
        assertThat(base.matchesFactsOf(Company.class)).isFalse();
        assertThat(base.matchesFactsOf(Flow.class)).isFalse();
    }

    @Test
    void givesAPatternOnObjectEveryFact() throws Exception {
        write("structure/anything.drl", HEADER + """
                rule "anything"
                    @id("anything") @category("structure") @points(1)
                when
                    Object()
                then
                end
                """);

        RuleBase base = RuleBaseBuilder.build(RuleSource.fromDirectory(rules));

        assertThat(base.matchesFactsOf(Company.class)).isTrue();
        assertThat(base.matchesFactsOf(CustomerShare.class)).isTrue();
    }

    @Test
    void leavesOutTheFactsThatHoldNoConstantThePatternsOfTheirTypeTestFirst() throws Exception {
        write("structure/buyers.drl", HEADER + """
                rule "buyers"
                    @id("buyers") @category("structure") @points(1)
                when
                    Party( role == Role.BUYER, company != "none" )
                    Counterparty( role == Role.BUYER )
                then
                end

                rule "young-buyers"
                    @id("young-buyers") @category("structure") @points(1)
                when
                    Party( role == Role.BUYER, profile != null )
                then
                end
                """);

        RuleBase base = RuleBaseBuilder.build(RuleSource.fromDirectory(rules));

        assertThat(base.matches(party(Role.BUYER))).isTrue();
        assertThat(base.matches(party(Role.SUPPLIER))).isFalse();
        assertThat(base.matches(counterparty(Role.BUYER))).isTrue();
        assertThat(base.matches(counterparty(Role.SUPPLIER))).isFalse();
        assertThat(base.matchesFactsOf(Party.class)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Party( role == Role.SUPPLIER )", "Party()", "Party( company == \"lab\" )",
            "Party( role != Role.BUYER )", "InDeal( dealId != \"none\" )", "Object()"})
    void keepsASuppliersPartyWhenAPatternTestsForItsRoleOrForNoConstantFirst(String pattern) throws Exception {
        write("structure/parties.drl", HEADER + """
                rule "buyers"
                    @id("buyers") @category("structure") @points(1)
                when
                    Party( role == Role.BUYER )
                then
                end

                rule "any"
                    @id("any") @category("structure") @points(1)
                when
                    %s
                then
                end
                """.formatted(pattern));

        RuleBase base = RuleBaseBuilder.build(RuleSource.fromDirectory(rules));

        assertThat(base.matches(party(Role.SUPPLIER))).isTrue();
        assertThat(base.matches(party(Role.BUYER))).isTrue();
    }

    @Test
    void aRuleAboutSuppliersSeesTheirPartiesWhenTheShippedRulesDoNot() throws Exception {
        write("supplier/suppliers.drl", HEADER.replace("package structure;", "package supplier;") + """
                rule "supplier-party"
                    @id("supplier-party") @category("supplier") @points(1)
                when
                    Party( role == Role.SUPPLIER, $deal : dealId )
                then
                    findings.add( $deal, "has a supplier" );
                end
                """);
        Portfolio portfolio = new DealFileLoader().load(List.of(Path.of("fixtures/ai-compute-2025.yaml")));

        EngineResult result = RuleEngine.run(RuleBaseBuilder.build(RuleSource.fromDirectory(rules)), portfolio);

        long withSupplies = portfolio.deals().stream().filter(deal -> !DerivedFacts.supplies(deal).isEmpty()).count();
        assertThat(withSupplies).isPositive();
        assertThat(result.findings()).hasSize((int) withSupplies);
    }

    @Test
    void insertsTheFactsARuleNamesEvenWhenNoOtherRuleDoes() throws Exception {
        write("buyer/known-buyer.drl", HEADER.replace("package structure;", "package buyer;") + """
                rule "known-buyer"
                    @id("known-buyer") @category("buyer") @points(5)
                when
                    Party( role == Role.BUYER, $buyer : company, $deal : dealId )
                    Company( id == $buyer )
                then
                    findings.add( $deal, $buyer + " is a known company" );
                end
                """);
        Portfolio portfolio = new DealFileLoader().load(List.of(Path.of("fixtures/ai-compute-2025.yaml")));

        EngineResult result = RuleEngine.run(RuleBaseBuilder.build(RuleSource.fromDirectory(rules)), portfolio);

        assertThat(result.findings()).as("no other rule names Company, yet this one sees the companies").isNotEmpty();
    }

    @Test
    void aRuleThatInsertsFactsFeedsTheRulesThatMatchThemWhereverTheyAreWritten() throws Exception {
        write("structure/chain.drl", HEADER + """
                declare Flagged
                    dealId : String
                end

                rule "flagged"
                    @id("flagged") @category("structure") @points(3)
                when
                    Flagged( $id : dealId )
                then
                    findings.add( $id, "flagged" );
                end

                rule "flag"
                    @id("flag") @category("structure") @points(0)
                when
                    Deal( $id : id )
                then
                    insert( new Flagged( $id ) );
                end
                """);
        Portfolio portfolio = new DealFileLoader().load(List.of(Path.of("fixtures/ai-compute-2025.yaml")));
        RuleBase base = RuleBaseBuilder.build(RuleSource.fromDirectory(rules));

        EngineResult result = RuleEngine.run(base, portfolio);

        assertThat(result.findings()).hasSize(portfolio.deals().size())
                .allSatisfy((deal, findings) -> assertThat(findings).extracting(Finding::rule).containsExactly("flagged"));
        assertThat(base.sequential()).isFalse();
    }

    @Test
    void theShippedRulesRunInOnePass() throws Exception {
        assertThat(RuleBaseBuilder.build(RuleSource.fromDirectory(Path.of("rules"))).sequential()).isTrue();
    }

    @Test
    void reportsASyntaxErrorAtItsLineInTheRealFile() throws Exception {
        write("buyer/broken.drl", HEADER + """
                rule "broken"
                    @id("broken") @category("buyer") @points(1)
                when
                    Supply( buyer == )
                then
                end
                """);

        RuleCompilationException failure = compileFailure();

        assertThat(failure.diagnostics()).isNotEmpty();
        assertThat(failure.diagnostics().get(0).file()).isEqualTo(rules + "/buyer/broken.drl");
        assertThat(failure.diagnostics().get(0).line()).isEqualTo(11);
        assertThat(failure.diagnostics()).allSatisfy(d -> assertThat(d.toString()).doesNotContain("\n"));
    }

    @Test
    void reportsAnUnknownFactTypeAtTheRule() throws Exception {
        write("buyer/unknown-type.drl", HEADER + """
                rule "unknown-type"
                    @id("unknown-type") @category("buyer") @points(1)
                when
                    Invoice( total > 0 )
                then
                end
                """);

        RuleCompilationException failure = compileFailure();

        assertThat(failure.diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).endsWith("buyer/unknown-type.drl");
            assertThat(d.line()).isBetween(8, 11);
            assertThat(d.message()).contains("Invoice");
        });
    }

    @Test
    void refusesARuleWithoutPoints() throws Exception {
        write("buyer/no-points.drl", HEADER + """
                rule "no-points"
                    @id("no-points") @category("buyer")
                when
                    Supply()
                then
                end
                """);

        RuleCompilationException failure = compileFailure();

        assertThat(failure.diagnostics()).extracting(RuleDiagnostic::toString)
                .containsExactly(rules + "/buyer/no-points.drl:8:1: rule 'no-points' has no @points metadata");
    }

    @Test
    void refusesTwoRulesWithTheSameId() throws Exception {
        write("a/first.drl", HEADER.replace("package structure;", "package a;") + """
                rule "one"
                    @id("same-id") @category("buyer") @points(1)
                when
                    Supply()
                then
                end
                """);
        write("b/second.drl", HEADER.replace("package structure;", "package b;") + """
                rule "two"
                    @id("same-id") @category("buyer") @points(1)
                when
                    Supply()
                then
                end
                """);

        RuleCompilationException failure = compileFailure();

        assertThat(failure.diagnostics()).extracting(RuleDiagnostic::toString).containsExactly(
                rules + "/b/second.drl:8:1: duplicate rule id 'same-id' (first used at " + rules + "/a/first.drl:8)");
    }

    @Test
    void hashesTheRulesetByContent() throws Exception {
        write("structure/sample.drl", HEADER);
        String before = RuleSource.fromDirectory(rules).sha256();
        write("structure/sample.drl", HEADER + "// a comment\n");

        assertThat(RuleSource.fromDirectory(rules).sha256()).isNotEqualTo(before).hasSize(64);
    }

    private static Party party(Role role) {
        return new Party(null, role, "lab", null, List.of());
    }

    private static Counterparty counterparty(Role role) {
        return new Counterparty(role, "lab", null, List.of());
    }

    private RuleCompilationException compileFailure() {
        return catchThrowableOfType(RuleCompilationException.class,
                () -> RuleBaseBuilder.build(RuleSource.fromDirectory(rules)));
    }

    private void write(String relative, String content) throws IOException {
        Path file = rules.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
