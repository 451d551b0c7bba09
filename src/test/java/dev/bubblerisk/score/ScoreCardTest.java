package dev.bubblerisk.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Score and band (PRODUCT.md section 5): sum, clamp, bands, reason and deal ranking. */
class ScoreCardTest {

    private static Deal deal(String id) {
        return new Deal(id, null, null, true, null, List.of(), List.of(), List.of(), java.time.LocalDate.of(2025, 10, 31), new SourceLocation("deals.yaml", 1, 5));
    }

    private static Finding finding(String rule, int points) {
        return new Finding(rule, "structure", points, rule + " fired", List.of());
    }

    private static DealScore scored(String dealId, int... points) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            findings.add(finding("rule-" + i, points[i]));
        }
        return ScoreCard.score(deal(dealId), findings, List.of());
    }

    @Test
    void sumsThePointsOfAllFindings() {
        // given: 30 + 25 + 20 = 75
        List<Finding> findings = List.of(
                finding("investor-is-supplier", 30),
                finding("equity-tied-to-purchase", 25),
                finding("buyer-unprofitable", 20));

        // when
        DealScore score = ScoreCard.score(deal("d1"), findings, List.of());

        // then
        assertThat(score.rawPoints()).isEqualTo(75);
        assertThat(score.score()).isEqualTo(75);
        assertThat(score.band()).isEqualTo(Band.SEVERE);
        assertThat(score.deal().id()).isEqualTo("d1");
    }

    @Test
    void scoresADealWithoutFindingsZero() {
        // when
        DealScore score = ScoreCard.score(deal("d1"), List.of(), List.of());

        // then
        assertThat(score.rawPoints()).isZero();
        assertThat(score.score()).isZero();
        assertThat(score.band()).isEqualTo(Band.LOW);
        assertThat(score.findings()).isEmpty();
    }

    @Test
    void clampsScoreAt100AndKeepsTheRawSum() {
        // given: 30 + 30 + 25 + 25 + 20 + 10 = 140
        List<Finding> findings = List.of(
                finding("investor-is-supplier", 30),
                finding("vendor-financing", 30),
                finding("equity-tied-to-purchase", 25),
                finding("circular-flow", 25),
                finding("buyer-unprofitable", 20),
                finding("non-binding-headline", 10));

        // when
        DealScore score = ScoreCard.score(deal("d1"), findings, List.of());

        // then
        assertThat(score.rawPoints()).isEqualTo(140);
        assertThat(score.score()).isEqualTo(100);
        assertThat(score.band()).isEqualTo(Band.SEVERE);
    }

    @Test
    void clampsScoreAtZeroAndKeepsTheNegativeRawSum() {
        // given: a mitigant alone, -20
        List<Finding> findings = List.of(finding("buyer-self-funded", -20));

        // when
        DealScore score = ScoreCard.score(deal("d1"), findings, List.of());

        // then
        assertThat(score.rawPoints()).isEqualTo(-20);
        assertThat(score.score()).isZero();
        assertThat(score.band()).isEqualTo(Band.LOW);
    }

    @Test
    void subtractsMitigantPoints() {
        // given: 30 + 20 - 20 = 30
        List<Finding> findings = List.of(
                finding("investor-is-supplier", 30),
                finding("buyer-self-funded", -20),
                finding("customer-concentration", 20));

        // when
        DealScore score = ScoreCard.score(deal("d1"), findings, List.of());

        // then
        assertThat(score.rawPoints()).isEqualTo(30);
        assertThat(score.score()).isEqualTo(30);
        assertThat(score.band()).isEqualTo(Band.GUARDED);
    }

    @Test
    void mitigantBringsAClampedSumBelow100OnlyFromTheRawSum() {
        // given: 30 + 30 + 25 + 25 - 20 = 90; clamping happens after summing, not per finding
        List<Finding> findings = List.of(
                finding("investor-is-supplier", 30),
                finding("vendor-financing", 30),
                finding("equity-tied-to-purchase", 25),
                finding("circular-flow", 25),
                finding("buyer-self-funded", -20));

        // when
        DealScore score = ScoreCard.score(deal("d1"), findings, List.of());

        // then
        assertThat(score.rawPoints()).isEqualTo(90);
        assertThat(score.score()).isEqualTo(90);
    }

    @ParameterizedTest(name = "{0} points -> {1}")
    @CsvSource({
            "0, LOW",
            "24, LOW",
            "25, GUARDED",
            "49, GUARDED",
            "50, HIGH",
            "74, HIGH",
            "75, SEVERE",
            "100, SEVERE",
    })
    void bandsEachBoundaryScore(int points, Band expected) {
        // given
        List<Finding> findings = List.of(finding("some-rule", points));

        // when
        DealScore score = ScoreCard.score(deal("d1"), findings, List.of());

        // then
        assertThat(score.score()).isEqualTo(points);
        assertThat(score.band()).isEqualTo(expected);
        assertThat(Band.of(points)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {-1, 101})
    void refusesToBandAScoreOutside0To100(int score) {
        // when / then
        assertThatThrownBy(() -> Band.of(score))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Integer.toString(score));
    }

    @ParameterizedTest(name = "{0}: {1}-{2}")
    @CsvSource({
            "LOW, 0, 24",
            "GUARDED, 25, 49",
            "HIGH, 50, 74",
            "SEVERE, 75, 100",
    })
    void knowsTheScoreRangeOfEachBand(Band band, int lowest, int highest) {
        // when / then
        assertThat(band.lowestScore()).isEqualTo(lowest);
        assertThat(band.highestScore()).isEqualTo(highest);
    }

    @Test
    void ranksReasonsByPointsThenRuleId() {
        // given: in firing order, not rank order
        List<Finding> findings = List.of(
                finding("young-counterparty", 10),
                finding("vendor-financing", 30),
                finding("buyer-self-funded", -20),
                finding("investor-is-supplier", 30),
                finding("missing-financials", 0),
                finding("buyer-unprofitable", 20),
                finding("announcement-premium", 10));

        // when
        DealScore score = ScoreCard.score(deal("d1"), findings, List.of());

        // then
        assertThat(score.findings()).extracting(Finding::rule).containsExactly(
                "investor-is-supplier",
                "vendor-financing",
                "buyer-unprofitable",
                "announcement-premium",
                "young-counterparty",
                "missing-financials",
                "buyer-self-funded");
    }

    @Test
    void ranksReasonsTheSameWhateverTheFiringOrder() {
        // given
        List<Finding> findings = new ArrayList<>(List.of(
                finding("vendor-guarantee", 20),
                finding("buyer-unprofitable", 20),
                finding("customer-concentration", 15)));
        List<Finding> reversed = new ArrayList<>(findings);
        java.util.Collections.reverse(reversed);

        // when
        DealScore first = ScoreCard.score(deal("d1"), findings, List.of());
        DealScore second = ScoreCard.score(deal("d1"), reversed, List.of());

        // then
        assertThat(first.findings()).extracting(Finding::rule)
                .containsExactly("buyer-unprofitable", "vendor-guarantee", "customer-concentration");
        assertThat(second.findings()).extracting(Finding::rule)
                .containsExactly("buyer-unprofitable", "vendor-guarantee", "customer-concentration");
    }

    @Test
    void keepsEachDataGapOnceInRuleOrder() {
        // given
        List<DataGap> gaps = List.of(
                new DataGap("buyer-over-leveraged", "openai", "interest_expense"),
                new DataGap("buyer-unprofitable", "openai", "net_income"),
                new DataGap("buyer-over-leveraged", "openai", "interest_expense"));

        // when
        DealScore score = ScoreCard.score(deal("d1"), List.of(), gaps);

        // then
        assertThat(score.dataGaps()).containsExactly(
                new DataGap("buyer-over-leveraged", "openai", "interest_expense"),
                new DataGap("buyer-unprofitable", "openai", "net_income"));
        assertThat(score.score()).as("a data gap adds no points").isZero();
    }

    @Test
    void ranksDealsByScoreThenRawPointsThenId() {
        // given (score / raw points):
        //   zeta 100/140, alpha 100/110, beta 50/50, gamma 50/50, omega 0/0, delta 0/-20
        DealScore alpha = scored("alpha", 30, 30, 25, 25);
        DealScore beta = scored("beta", 30, 20);
        DealScore delta = scored("delta", -20);
        DealScore gamma = scored("gamma", 25, 25);
        DealScore omega = scored("omega");
        DealScore zeta = scored("zeta", 30, 30, 25, 25, 30);
        List<DealScore> unordered = List.of(delta, beta, omega, alpha, gamma, zeta);

        // when
        List<DealScore> ranked = ScoreCard.rank(unordered);

        // then
        assertThat(ranked).extracting(s -> s.deal().id())
                .containsExactly("zeta", "alpha", "beta", "gamma", "omega", "delta");
    }

    @Test
    void ranksAnEmptyListAsEmpty() {
        // when
        List<DealScore> ranked = ScoreCard.rank(List.of());

        // then
        assertThat(ranked).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "low       | LOW",
            "Guarded   | GUARDED",
            "HIGH      | HIGH",
            "sEvErE    | SEVERE",
            "' high '  | HIGH",
    })
    void parsesBandNamesIgnoringCase(String typed, Band expected) {
        // when
        Band band = Band.parse(typed);

        // then
        assertThat(band).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"extreme", "", "medium", "HIGHEST", "1"})
    void rejectsUnknownBandNames(String typed) {
        // when / then
        assertThatThrownBy(() -> Band.parse(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown band '" + typed + "' (expected LOW, GUARDED, HIGH or SEVERE)");
    }

    @Test
    void namesTheFourBandsInOrder() {
        // when / then
        assertThat(Arrays.asList(Band.values())).containsExactly(Band.LOW, Band.GUARDED, Band.HIGH, Band.SEVERE);
    }
}
