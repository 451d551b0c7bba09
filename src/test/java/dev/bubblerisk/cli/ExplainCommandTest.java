package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code explain}: findings with quoted evidence, why every other rule stayed silent, and the arithmetic. */
class ExplainCommandTest {

    private static CliRun nvidiaOpenai;

    @BeforeAll
    static void explainTheNvidiaOpenaiDeal() {
        nvidiaOpenai = CliRun.of("explain", "nvidia-openai-2025-09", "fixtures/ai-compute-2025.yaml");
    }

    @Test
    void quotesTheInputLinesOfEachFinding() {
        assertThat(nvidiaOpenai.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(nvidiaOpenai.out()).contains(
                "+30 investor-is-supplier (structure): nvidia invests $100B in openai",
                "fixtures/ai-compute-2025.yaml:223: - id: stake",
                "+20 buyer-unprofitable (buyer): openai's net income is -$5B (FY2025E)",
                "fixtures/ai-compute-2025.yaml:21: net_income: -5B");
    }

    @Test
    void saysWhichConditionARuleThatDidNotFireNeverMet() {
        assertThat(nvidiaOpenai.out()).contains("vendor-financing (structure, 50): condition 1 of 1 is not met for this deal: "
                + "`$loan : ReturnFlow( type == FlowType.LOAN )` (rules/structure/vendor-financing.drl:");
    }

    @Test
    void aCompanyFactCountsOnlyForTheDealsOfItsCompany() {
        // nvidia only guarantees coreweave's capacity here: the deal has no buyer, and so no buyer's facts
        CliRun guarantee = CliRun.of("explain", "nvidia-coreweave-2025-09", "fixtures/ai-compute-2025.yaml");

        assertThat(guarantee.out()).contains(
                "buyer-unprofitable (buyer, 20): condition 1 of 1 is not met for this deal: `$buyer : Counterparty(",
                "missing-financials (data-gap, 0): condition 1 of 1 is not met for this deal: `$unmet : UnmetNeeds()`");
    }

    @Test
    void saysWhichDataARuleLackedToDecide() {
        assertThat(nvidiaOpenai.out()).contains(
                "buyer-over-leveraged (buyer, 15): could not decide: openai gives no interest_expense, operating_income",
                "Data gaps (4):", "buyer-self-funded needs openai's operating_cash_flow");
    }

    @Test
    void showsHowTheScoreAndBandWereComputed() {
        assertThat(nvidiaOpenai.out()).contains("Score 100 (SEVERE): ", " (clamped to 0–100, so 100); SEVERE is 75–100");
    }

    @Test
    void listsEveryRuleEitherAsAFindingAGapOrASilence() {
        long silent = nvidiaOpenai.out().lines().dropWhile(line -> !line.startsWith("Rules that did not fire"))
                .skip(1).takeWhile(line -> !line.isBlank()).count();
        long findings = nvidiaOpenai.out().lines().filter(line -> line.matches("  [+-]\\d+ [a-z-]+ \\(.*")).count();

        assertThat(findings + silent + 1).as("findings, silent rules and missing-financials").isEqualTo(17);
    }

    @Test
    void anUnknownDealIsAUsageErrorWithAHint() {
        CliRun run = CliRun.of("explain", "nvidia-openai-2025", "fixtures/ai-compute-2025.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly(
                "bubblerisk: no deal 'nvidia-openai-2025' in the input (did you mean 'nvidia-openai-2025-09'?)");
    }
}
