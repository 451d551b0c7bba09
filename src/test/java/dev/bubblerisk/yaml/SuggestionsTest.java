package dev.bubblerisk.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Did you mean …?" hints for misspelled field names, ids and flow types. */
class SuggestionsTest {

    private static final List<String> FLOW_FIELDS = List.of(
            "id", "type", "from", "to", "amount", "quantity", "tied_to", "shares", "strike", "covers");
    private static final List<String> COMPANIES = List.of("amd", "coreweave", "microsoft", "nvidia", "openai", "oracle");
    private static final List<String> FLOW_TYPES = List.of("purchase", "lease", "investment", "warrant", "loan", "guarantee");

    @Test
    void suggestsFieldWithOneLetterTooMany() {
        // when
        Optional<String> closest = Suggestions.closest("ammount", FLOW_FIELDS);

        // then
        assertThat(closest).contains("amount");
    }

    @Test
    void suggestsCompanyIdWithTwoLettersSwapped() {
        // when
        Optional<String> closest = Suggestions.closest("nvidai", COMPANIES);

        // then
        assertThat(closest).contains("nvidia");
    }

    @Test
    void suggestsFlowTypeWithALetterMissing() {
        // when
        Optional<String> closest = Suggestions.closest("purchse", FLOW_TYPES);

        // then
        assertThat(closest).contains("purchase");
    }

    @Test
    void ignoresCaseWhenComparing() {
        // when
        Optional<String> closest = Suggestions.closest("Amount", FLOW_FIELDS);

        // then
        assertThat(closest).contains("amount");
    }

    @Test
    void rendersHintAsAParentheticalQuestion() {
        // when
        String hint = Suggestions.hint("ammount", FLOW_FIELDS);

        // then
        assertThat(hint).isEqualTo(" (did you mean 'amount'?)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"banana", "notes", "price", "counterparty", "xy", "comment"})
    void suggestsNothingForUnrelatedWords(String typed) {
        // when
        Optional<String> closest = Suggestions.closest(typed, FLOW_FIELDS);
        String hint = Suggestions.hint(typed, FLOW_FIELDS);

        // then
        assertThat(closest).isEmpty();
        assertThat(hint).isEmpty();
    }

    @Test
    void suggestsNothingForUnrelatedCompany() {
        // when
        Optional<String> closest = Suggestions.closest("softbank", COMPANIES);

        // then
        assertThat(closest).isEmpty();
    }

    @Test
    void allowsOnlyOneEditOnShortWords() {
        // given: "to" is two letters, so "tx" (one edit) is close but "xy" (two edits) is not
        List<String> candidates = List.of("to");

        // when / then
        assertThat(Suggestions.closest("tx", candidates)).contains("to");
        assertThat(Suggestions.closest("xy", candidates)).isEmpty();
    }

    @Test
    void prefersTheClosestCandidate() {
        // given: "loam" is one edit from "loan" and two from "lease"
        // when
        Optional<String> closest = Suggestions.closest("loam", FLOW_TYPES);

        // then
        assertThat(closest).contains("loan");
    }

    @Test
    void breaksTiesAlphabetically() {
        // given: "abx" is one substitution from both
        List<String> candidates = List.of("abz", "aby");

        // when
        Optional<String> closest = Suggestions.closest("abx", candidates);

        // then
        assertThat(closest).contains("aby");
    }

    @Test
    void suggestsNothingForVeryLongInputEvenIfItIsOneEditAway() {
        // given: a 90-letter candidate and a 90-letter input differing in its last letter
        String candidate = "a".repeat(90);
        String typed = "a".repeat(89) + "b";

        // when
        Optional<String> closest = Suggestions.closest(typed, List.of(candidate));

        // then
        assertThat(closest).isEmpty();
    }

    @Test
    void stillSuggestsForInputOfEightyCharacters() {
        // given: 80 letters is the longest input still compared
        String candidate = "a".repeat(80);
        String typed = "a".repeat(79) + "b";

        // when
        Optional<String> closest = Suggestions.closest(typed, List.of(candidate));

        // then
        assertThat(closest).contains(candidate);
    }

    @Test
    void suggestsNothingFromNoCandidates() {
        // when
        Optional<String> closest = Suggestions.closest("amount", List.of());

        // then
        assertThat(closest).isEmpty();
    }

    @Test
    void countsAdjacentSwapAsOneEdit() {
        // when / then
        assertThat(Suggestions.distance("nvidai", "nvidia")).isEqualTo(1);
        assertThat(Suggestions.distance("ammount", "amount")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}
