package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's core rules and the data-gap rule, each where it fires and in a near-miss where it must not. */
class CoreRulesTest {

    @TempDir
    Path dir;

    private static final String COMPANIES = """
            as_of: 2025-10-31
            companies:
              - id: chipco
                name: ChipCo
                financials:
                  net_income: 30B
              - id: lab
                name: Lab
                financials:
                  period: FY2025E
                  net_income: -5B
              - id: fund
                name: Fund
              - id: cashflow-only
                name: Burns cash, reports no net income
                financials:
                  operating_cash_flow: -2.5B
              - id: mixed
                name: Profitable but cash-negative
                financials:
                  net_income: 1B
                  operating_cash_flow: -3B
              - id: unknown-lab
                name: No financials at all
            """;

    @Test
    void investorIsSupplierFiresWhenTheSupplierInvestsInItsBuyer() {
        // given: lab buys from chipco, and chipco invests in lab in the same deal
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                deals:
                  - id: d1
                    flows:
                      - id: systems
                        type: purchase
                        from: lab
                        to: chipco
                        amount: 350B
                      - id: stake
                        type: investment
                        from: chipco
                        to: lab
                        amount: 100B
                """);

        // then
        Finding finding = scenario.finding("d1", "investor-is-supplier");
        assertThat(finding.points()).isEqualTo(30);
        assertThat(finding.category()).isEqualTo("structure");
        assertThat(finding.explanation()).isEqualTo("chipco invests $100B in lab, which buys $350B of systems from chipco");
        assertThat(finding.evidence()).extracting(Evidence::ref).containsExactly("d1/systems", "d1/stake");
    }

    @Test
    void investorIsSupplierFiresOnWarrantsFromTheSupplier() {
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                deals:
                  - id: d1
                    flows:
                      - id: gpus
                        type: purchase
                        from: lab
                        to: chipco
                      - id: warrants
                        type: warrant
                        from: chipco
                        to: lab
                        shares: 160000000
                """);

        assertThat(scenario.finding("d1", "investor-is-supplier").explanation())
                .isEqualTo("chipco grants lab warrants for 160000000 shares, which buys gpus from chipco");
    }

    @Test
    void investorIsSupplierFiresOnAStandingHoldingOfTheSupplierInItsBuyer() {
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                holdings:
                  - holder: chipco
                    company: lab
                    stake: 7%
                deals:
                  - id: d1
                    flows:
                      - id: capacity
                        type: lease
                        from: lab
                        to: chipco
                        amount: 22.4B
                """);

        Finding finding = scenario.finding("d1", "investor-is-supplier");
        assertThat(finding.explanation()).isEqualTo("chipco holds 7% of lab, which leases $22.4B of capacity from chipco");
        assertThat(finding.evidence()).extracting(Evidence::kind).containsExactly("holding", "flow");
    }

    @Test
    void investorIsSupplierDoesNotFireWhenTheInvestorIsAThirdParty() {
        // near-miss: the money comes from fund, not from the supplier
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                holdings:
                  - holder: lab
                    company: chipco
                    stake: 1%
                deals:
                  - id: d1
                    flows:
                      - id: systems
                        type: purchase
                        from: lab
                        to: chipco
                      - id: stake
                        type: investment
                        from: fund
                        to: lab
                      - id: reverse
                        type: investment
                        from: lab
                        to: chipco
                """);

        assertThat(scenario.rulesFired("d1")).doesNotContain("investor-is-supplier");
    }

    @Test
    void equityTiedToPurchaseFiresWhenEquityVestsWithThePurchase() {
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                deals:
                  - id: d1
                    flows:
                      - id: systems
                        type: purchase
                        from: lab
                        to: chipco
                      - id: stake
                        type: investment
                        from: fund
                        to: lab
                        amount: 10B
                        tied_to: systems
                """);

        Finding finding = scenario.finding("d1", "equity-tied-to-purchase");
        assertThat(finding.points()).isEqualTo(25);
        assertThat(finding.explanation()).isEqualTo("fund invests $10B in lab, paid out as lab buys systems from chipco");
        assertThat(scenario.rulesFired("d1")).doesNotContain("investor-is-supplier");
    }

    @Test
    void equityTiedToPurchaseDoesNotFireOnUntiedEquity() {
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                deals:
                  - id: d1
                    flows:
                      - id: systems
                        type: purchase
                        from: lab
                        to: chipco
                      - id: loan
                        type: loan
                        from: fund
                        to: lab
                        tied_to: systems
                      - id: stake
                        type: investment
                        from: chipco
                        to: lab
                """);

        assertThat(scenario.rulesFired("d1")).doesNotContain("equity-tied-to-purchase").contains("investor-is-supplier");
    }

    @Test
    void buyerUnprofitableFiresOnANetLoss() {
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                deals:
                  - id: d1
                    flows:
                      - id: systems
                        type: purchase
                        from: lab
                        to: chipco
                """);

        Finding finding = scenario.finding("d1", "buyer-unprofitable");
        assertThat(finding.points()).isEqualTo(20);
        assertThat(finding.explanation()).isEqualTo("lab's net income is -$5B (FY2025E)");
        assertThat(finding.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.kind()).isEqualTo("financials");
            assertThat(evidence.ref()).isEqualTo("lab/financials/net_income");
            assertThat(evidence.line()).isEqualTo(11);
        });
    }

    @Test
    void buyerUnprofitableFallsBackToOperatingCashFlowWhenNetIncomeIsAbsent() {
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                deals:
                  - id: d1
                    flows:
                      - id: capacity
                        type: lease
                        from: cashflow-only
                        to: chipco
                """);

        assertThat(scenario.finding("d1", "buyer-unprofitable").explanation())
                .isEqualTo("cashflow-only's operating cash flow is -$2.5B");
        assertThat(scenario.gaps("d1")).noneMatch(gap -> gap.rule().equals("buyer-unprofitable"));
    }

    @Test
    void buyerUnprofitableDoesNotFireOnAProfitableBuyerOrOnTheSupplier() {
        // near-miss: net income decides when present, even with negative cash flow; the loss-making lab is the supplier
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                deals:
                  - id: d1
                    flows:
                      - id: systems
                        type: purchase
                        from: mixed
                        to: lab
                """);

        assertThat(scenario.rulesFired("d1")).doesNotContain("buyer-unprofitable");
    }

    @Test
    void missingFinancialsRecordsADataGapInsteadOfTreatingTheBuyerAsHealthy() {
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                deals:
                  - id: d1
                    flows:
                      - id: gpus
                        type: purchase
                        from: unknown-lab
                        to: chipco
                """);

        assertThat(scenario.rulesFired("d1")).doesNotContain("buyer-unprofitable");
        assertThat(scenario.gaps("d1")).filteredOn(gap -> gap.rule().equals("buyer-unprofitable"))
                .containsExactly(new DataGap("buyer-unprofitable", "unknown-lab", "net_income"));
    }

    @Test
    void missingFinancialsRecordsTheGapOnEachDealOfTheCompany() {
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                deals:
                  - id: d1
                    flows:
                      - id: gpus
                        type: purchase
                        from: unknown-lab
                        to: chipco
                  - id: d2
                    flows:
                      - id: cloud
                        type: lease
                        from: unknown-lab
                        to: fund
                """);

        for (String deal : List.of("d1", "d2")) {
            assertThat(scenario.gaps(deal)).as(deal).filteredOn(gap -> gap.company().equals("unknown-lab"))
                    .extracting(DataGap::rule).contains("buyer-unprofitable", "buyer-over-leveraged",
                            "commitment-exceeds-revenue");
        }
        assertThat(scenario.gaps("d2")).as("fund, the supplier, gives no top customers")
                .contains(new DataGap("customer-concentration", "fund", "top_customers"));
        assertThat(scenario.gaps("d1")).noneMatch(gap -> gap.company().equals("fund"));
    }

    @Test
    void aBuyerFindingIsReportedOnEachOfItsDealsAndMergedOnlyWhereAnotherBuyerJoins() {
        // given: two loss-making buyers, each in two deals, both buying in d2
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                deals:
                  - id: d1
                    flows:
                      - id: systems
                        type: purchase
                        from: lab
                        to: chipco
                  - id: d2
                    flows:
                      - id: more-systems
                        type: purchase
                        from: lab
                        to: chipco
                      - id: capacity
                        type: lease
                        from: cashflow-only
                        to: chipco
                  - id: d3
                    flows:
                      - id: more-capacity
                        type: lease
                        from: cashflow-only
                        to: chipco
                """);

        Finding first = scenario.finding("d1", "buyer-unprofitable");
        assertThat(first.explanation()).isEqualTo("lab's net income is -$5B (FY2025E)");
        assertThat(first.evidence()).extracting(Evidence::ref).containsExactly("lab/financials/net_income");
        Finding both = scenario.finding("d2", "buyer-unprofitable");
        assertThat(both.explanation())
                .isEqualTo("cashflow-only's operating cash flow is -$2.5B; lab's net income is -$5B (FY2025E)");
        assertThat(both.evidence()).extracting(Evidence::ref)
                .containsExactly("lab/financials/net_income", "cashflow-only/financials/operating_cash_flow");
        Finding last = scenario.finding("d3", "buyer-unprofitable");
        assertThat(last.explanation()).isEqualTo("cashflow-only's operating cash flow is -$2.5B");
        assertThat(last.evidence()).extracting(Evidence::ref).containsExactly("cashflow-only/financials/operating_cash_flow");
    }

    @Test
    void aRuleCountsOncePerDealEvenWhenItMatchesSeveralWays() {
        // given: two supply relations, each answered by a stake from its supplier
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                deals:
                  - id: d1
                    flows:
                      - id: chips
                        type: purchase
                        from: lab
                        to: chipco
                      - id: stake
                        type: investment
                        from: chipco
                        to: lab
                      - id: cloud
                        type: lease
                        from: lab
                        to: fund
                      - id: fund-stake
                        type: warrant
                        from: fund
                        to: lab
                """);

        Finding finding = scenario.finding("d1", "investor-is-supplier");
        assertThat(scenario.findings("d1")).filteredOn(f -> f.rule().equals("investor-is-supplier")).hasSize(1);
        assertThat(finding.points()).isEqualTo(30);
        assertThat(finding.explanation()).isEqualTo(
                "chipco invests in lab, which buys chips from chipco; fund grants lab warrants, which leases cloud from fund");
        assertThat(finding.evidence()).extracting(Evidence::ref)
                .containsExactly("d1/chips", "d1/stake", "d1/cloud", "d1/fund-stake");
    }

    @Test
    void aCommitmentIsCitedByTheRevenueAndEachDealItSpans() {
        Scenario scenario = Scenario.run(dir, """
                as_of: 2025-10-31
                companies:
                  - id: chipco
                    name: ChipCo
                  - id: lab
                    name: Lab
                    financials:
                      revenue: 4B
                deals:
                  - id: d1
                    flows:
                      - id: phase-1
                        type: purchase
                        from: lab
                        to: chipco
                        amount: 3B
                      - id: phase-2
                        type: purchase
                        from: lab
                        to: chipco
                        amount: 3B
                  - id: d2
                    flows:
                      - id: cloud
                        type: lease
                        from: lab
                        to: chipco
                        amount: 7B
                """);

        Finding finding = scenario.finding("d2", "commitment-exceeds-revenue");
        assertThat(finding.explanation()).isEqualTo("lab has committed $13B across 2 deals, 3.2 times its revenue of $4B");
        assertThat(finding.points()).isEqualTo(20);
        assertThat(finding.evidence()).extracting(Evidence::kind, Evidence::ref).containsExactly(
                tuple("financials", "lab/financials/revenue"),
                tuple("deal", "d1"),
                tuple("deal", "d2"));
        assertThat(scenario.finding("d1", "commitment-exceeds-revenue").evidence())
                .isEqualTo(finding.evidence());
    }

    @Test
    void aLongCommitmentIsPutInInputOrderOnceForItsDealsAndMergedWhereTwoBuyersMeet() {
        StringBuilder deals = new StringBuilder();
        for (String buyer : List.of("lab", "lab2")) {
            for (int i = 1; i <= 10; i++) { // more deals than a source cited item by item
                deals.append(deal(buyer + "-d" + i, buyer));
            }
        }
        deals.append(deal("both", "lab")).append("""
                      - id: phase-2
                        type: purchase
                        from: lab2
                        to: chipco
                        amount: 1B
                """);
        Scenario scenario = Scenario.run(dir, """
                as_of: 2025-10-31
                companies:
                  - id: chipco
                    name: ChipCo
                  - id: lab
                    name: Lab
                    financials:
                      revenue: 1B
                  - id: lab2
                    name: Lab Two
                    financials:
                      revenue: 1B
                deals:
                """ + deals);

        List<String> labDeals = new ArrayList<>();
        List<String> lab2Deals = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            labDeals.add("lab-d" + i);
            lab2Deals.add("lab2-d" + i);
        }
        List<String> expected = new ArrayList<>(List.of("lab/financials/revenue"));
        expected.addAll(labDeals);
        expected.add("both");
        Finding first = scenario.finding("lab-d1", "commitment-exceeds-revenue");
        assertThat(first.evidence()).extracting(Evidence::ref).containsExactlyElementsOf(expected);
        assertThat(scenario.finding("lab-d7", "commitment-exceeds-revenue"))
                .as("made once for the buyer's deals").isSameAs(first);
        List<String> expected2 = new ArrayList<>(List.of("lab2/financials/revenue"));
        expected2.addAll(lab2Deals);
        expected2.add("both");
        assertThat(scenario.finding("lab2-d1", "commitment-exceeds-revenue").evidence()).extracting(Evidence::ref)
                .containsExactlyElementsOf(expected2);

        List<String> merged = new ArrayList<>(List.of("lab/financials/revenue", "lab2/financials/revenue"));
        merged.addAll(labDeals);
        merged.addAll(lab2Deals);
        merged.add("both");
        Finding both = scenario.finding("both", "commitment-exceeds-revenue");
        assertThat(both.evidence()).extracting(Evidence::ref).containsExactlyElementsOf(merged);
        assertThat(both.explanation()).isEqualTo("lab has committed $11B across 11 deals, 11 times its revenue of $1B; "
                + "lab2 has committed $11B across 11 deals, 11 times its revenue of $1B");
    }

    private static String deal(String id, String buyer) {
        return """
                  - id: %s
                    flows:
                      - id: phase-1
                        type: purchase
                        from: %s
                        to: chipco
                        amount: 1B
                """.formatted(id, buyer);
    }

    @Test
    void aDealWithoutSupplyHasNoBuyerFindingsAndNoGaps() {
        Scenario scenario = Scenario.run(dir, COMPANIES + """
                deals:
                  - id: d1
                    flows:
                      - id: stake
                        type: investment
                        from: fund
                        to: unknown-lab
                """);

        assertThat(scenario.findings("d1")).isEmpty();
        assertThat(scenario.gaps("d1")).isEmpty();
    }
}
