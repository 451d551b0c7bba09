package dev.bubblerisk.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleBaseBuilder;
import dev.bubblerisk.engine.RuleSource;
import dev.bubblerisk.load.InvalidInputException;
import dev.bubblerisk.yaml.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario runner reports every unmet expectation in one sentence. */
class ScenarioRunnerTest {

    private static RuleBase rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileShippedRules() throws Exception {
        rules = RuleBaseBuilder.build(RuleSource.fromDirectory(Path.of("rules")));
    }

    private static final String CASE = """
            cases:
              - name: a loss-making buyer
                given:
                  as_of: 2025-10-31
                  companies:
                    - {id: chipco, name: ChipCo}
                    - {id: lab, name: Lab, financials: {net_income: -5B}}
                  deals:
                    - id: d1
                      flows: [{id: gpus, type: purchase, from: lab, to: chipco}]
                expect:
                  %s
            """;

    @Test
    void aMetExpectationPasses() throws Exception {
        CaseResult result = run("d1: {fires: [buyer-unprofitable], not_fires: [vendor-financing], score: 20, band: LOW}");

        assertThat(result.passed()).isTrue();
        assertThat(result.rulesFired()).contains("buyer-unprofitable", "missing-financials");
    }

    @Test
    void reportsEachUnmetExpectation() throws Exception {
        CaseResult result = run("d1: {fires: [vendor-financing], not_fires: [buyer-unprofitable], score: 50, band: HIGH,"
                + " data_gaps: [{rule: buyer-unprofitable, company: lab, missing: net_income}]}");

        assertThat(result.passed()).isFalse();
        assertThat(result.differences()).containsExactly(
                "d1: expected vendor-financing to fire, but it did not (fired: buyer-unprofitable +20)",
                "d1: expected buyer-unprofitable not to fire, but it did: lab's net income is -$5B",
                "d1: expected score 50, got 20 (buyer-unprofitable +20)",
                "d1: expected band HIGH, got LOW",
                "d1: expected data gap buyer-unprofitable/lab/net_income, got "
                        + "buyer-over-leveraged/lab/interest_expense, buyer-over-leveraged/lab/operating_income, "
                        + "buyer-self-funded/lab/operating_cash_flow, commitment-exceeds-revenue/lab/revenue, "
                        + "customer-concentration/chipco/top_customers, young-counterparty/lab/founded");
    }

    @Test
    void aMisspelledRuleOrDealIsAFailureNotAVacuousPass() throws Exception {
        CaseResult result = run("d2: {not_fires: [vendor-financing]}\n      d1: {not_fires: [vendor-financin]}");

        assertThat(result.differences()).containsExactly(
                "no deal 'd2' in the case (did you mean 'd1'?)",
                "d1: no rule 'vendor-financin' in the ruleset (did you mean 'vendor-financing'?)");
    }

    @Test
    void invalidDealFactsAreReportedAtTheirLineInTheTestFile() throws Exception {
        Path file = dir.resolve("bad.test.yaml");
        Files.writeString(file, CASE.formatted("d1: {fires: [buyer-unprofitable]}").replace("type: purchase", "type: purchse"));

        InvalidInputException failure = catchThrowableOfType(InvalidInputException.class,
                () -> new ScenarioFileReader().read(file));

        assertThat(failure.diagnostics()).extracting(Diagnostic::toString).singleElement().asString()
                .startsWith(file + ":10:36: 'type' must be one of");
    }

    private CaseResult run(String expect) throws Exception {
        Path file = dir.resolve("case.test.yaml");
        Files.writeString(file, CASE.formatted(expect));
        List<Scenario> scenarios = new ScenarioFileReader().read(file);
        return new ScenarioRunner(rules).run(scenarios.get(0));
    }
}
