package dev.bubblerisk.report.graph;

/**
 * Estimates how wide a line of text is drawn in Liberation Sans / Arial / Helvetica (they share
 * metrics), from the fonts' published advance widths. The layout needs box sizes before any
 * browser has drawn a glyph, and asking the local font system would make the output depend on
 * the machine.
 */
final class TextWidth {

    /** Advance widths in thousandths of an em for ASCII 32–126 (Helvetica AFM). */
    private static final int[] ASCII = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    };
    /** Bold glyphs are about this much wider on average. */
    private static final double BOLD = 1.08;

    private TextWidth() {
    }

    /** The width in pixels of {@code text} at {@code fontSize} pixels. */
    static double of(String text, double fontSize, boolean bold) {
        double units = text.codePoints().mapToDouble(TextWidth::units).sum();
        return units / 1000.0 * fontSize * (bold ? BOLD : 1.0);
    }

    private static double units(int codePoint) {
        if (codePoint >= 32 && codePoint <= 126) {
            return ASCII[codePoint - 32];
        }
        return codePoint >= 0x2E80 ? 1000 : 650; // CJK is full width; other letters are taken wide, to be safe
    }
}
