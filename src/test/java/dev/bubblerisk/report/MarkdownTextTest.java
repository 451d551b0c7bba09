package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void escapesEmphasisLinksHtmlAndCodeInsideALine() {
        assertThat(MarkdownText.inline("*bold* _it_ [link](x) <b>&amp; `code` ~~gone~~ a\\b"))
                .isEqualTo("\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\>\\&amp; \\`code\\` \\~\\~gone\\~\\~ a\\\\b");
    }

    @Test
    void aParagraphCannotOpenAHeadingAListAQuoteOrAnOrderedList() {
        assertThat(MarkdownText.paragraph("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownText.paragraph("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownText.paragraph("> not a quote")).isEqualTo("\\> not a quote");
        assertThat(MarkdownText.paragraph("2025. not a list")).isEqualTo("2025\\. not a list");
        assertThat(MarkdownText.paragraph("10 GW deal")).isEqualTo("10 GW deal");
    }

    @Test
    void lineBreaksInInputTextBecomeSpaces() {
        assertThat(MarkdownText.inline("two\nlines\r\nhere")).isEqualTo("two lines here");
    }

    @Test
    void aCodeSpanIsFencedWithMoreBackticksThanItHolds() {
        assertThat(MarkdownText.code("- id: stake")).isEqualTo("`- id: stake`");
        assertThat(MarkdownText.code("say `hi` or ``bye``")).isEqualTo("``` say `hi` or ``bye`` ```");
        assertThat(MarkdownText.code("`edge")).isEqualTo("`` `edge ``");
    }

    @Test
    void aPipeInATableCellIsEscapedEvenInsideCode() {
        assertThat(MarkdownText.cell("`a|b` c|d")).isEqualTo("`a\\|b` c\\|d");
    }
}
