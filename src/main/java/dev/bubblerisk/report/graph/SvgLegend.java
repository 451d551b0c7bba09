package dev.bubblerisk.report.graph;

/** The key under the graph: one swatch per kind of link, and one for loops of value. */
final class SvgLegend {

    static final double HEIGHT = 34;
    private static final double FONT = 11;
    private static final double SWATCH = 26;
    private static final double GAP = 18;
    private static final double LEFT = 16;

    private final double top;

    SvgLegend(double top) {
        this.top = top;
    }

    double width() {
        double width = LEFT;
        for (LinkKind kind : LinkKind.values()) {
            width += item(kind.key());
        }
        return width + item("on a loop of value") + LEFT;
    }

    void draw(StringBuilder svg) {
        double y = top + HEIGHT / 2;
        double x = LEFT;
        svg.append("<g class=\"legend\" font-size=\"").append(SvgGraph.number(FONT)).append("\">\n");
        for (LinkKind kind : LinkKind.values()) {
            swatch(svg, x, y, kind.color(), kind.dashed() ? " stroke-dasharray=\"6 4\"" : "", kind.key());
            x += item(kind.key());
        }
        svg.append("<line x1=\"").append(SvgGraph.number(x)).append("\" y1=\"").append(SvgGraph.number(y))
                .append("\" x2=\"").append(SvgGraph.number(x + SWATCH)).append("\" y2=\"").append(SvgGraph.number(y))
                .append("\" stroke=\"").append(LinkKind.LOOP_COLOR).append("\" stroke-opacity=\"0.28\" stroke-width=\"9\"/>\n");
        swatch(svg, x, y, LinkKind.LOOP_COLOR, "", "on a loop of value");
        svg.append("</g>\n");
    }

    private static void swatch(StringBuilder svg, double x, double y, String color, String style, String text) {
        svg.append("<line x1=\"").append(SvgGraph.number(x)).append("\" y1=\"").append(SvgGraph.number(y))
                .append("\" x2=\"").append(SvgGraph.number(x + SWATCH)).append("\" y2=\"").append(SvgGraph.number(y))
                .append("\" stroke=\"").append(color).append("\" stroke-width=\"2\"").append(style).append("/>")
                .append("<text x=\"").append(SvgGraph.number(x + SWATCH + 5)).append("\" y=\"").append(SvgGraph.number(y))
                .append("\" dominant-baseline=\"central\" fill=\"#37474f\">").append(text).append("</text>\n");
    }

    private static double item(String text) {
        return SWATCH + 5 + TextWidth.of(text, FONT, false) + GAP;
    }
}
