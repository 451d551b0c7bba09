package dev.bubblerisk.report.graph;

import dev.bubblerisk.report.graph.GraphDrawing.Box;
import dev.bubblerisk.report.graph.GraphDrawing.PlacedLink;
import dev.bubblerisk.report.graph.GraphDrawing.PlacedNode;
import dev.bubblerisk.report.graph.GraphDrawing.Point;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws a money-flow graph as one {@code <svg>} element, for a standalone file or inline in a
 * page: companies as boxes, value as arrows coloured by kind and labelled with amounts, loops of
 * value in red on top of everything else, and a legend underneath.
 */
public final class SvgGraph {

    private static final String FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";
    static final String ID_PREFIX = "bubblerisk-";
    /** The most companies drawn. */
    public static final int MAX_COMPANIES = 500;
    /** Loops a page can pick out one by one; past this many, an attribute per link would outweigh the drawing. */
    public static final int FOCUSABLE_LOOPS = 100;
    /** A page may shrink the drawing to fit its width, but no further than this: below it labels get too small to read. */
    private static final double MIN_SCALE = 0.75;

    private SvgGraph() {
    }

    /**
     * Whether the graph is small enough to lay out: past {@link #MAX_COMPANIES} companies the
     * layout takes many seconds and the drawing is too dense to read; DOT and Graphviz remain.
     */
    public static boolean drawable(MoneyGraph graph) {
        return graph.nodes().size() <= MAX_COMPANIES;
    }

    /** The graph, laid out, as an {@code <svg>} element ending with a newline. */
    public static String of(MoneyGraph graph) {
        if (!drawable(graph)) {
            throw new IllegalArgumentException(graph.nodes().size() + " companies are more than an SVG layout handles ("
                    + MAX_COMPANIES + ")");
        }
        GraphDrawing drawing = GraphLayout.layout(graph);
        SvgLegend legend = new SvgLegend(drawing.height());
        double width = Math.max(drawing.width(), legend.width());
        double height = drawing.height() + SvgLegend.HEIGHT;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"money-graph\" viewBox=\"0 0 ")
                .append(number(width)).append(' ').append(number(height))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" style=\"max-width: 100%; height: auto; min-width: ").append(number(width * MIN_SCALE)).append("px\"")
                .append(" font-family=\"").append(FONT).append("\" role=\"img\">\n");
        svg.append("<title>").append(title(graph)).append("</title>\n");
        markers(svg);
        // Links on a loop last, so they are drawn over the others.
        List<PlacedLink> links = drawing.links().stream()
                .sorted(Comparator.comparing((PlacedLink placed) -> placed.link().onLoop()))
                .toList();
        svg.append("<g class=\"links\">\n");
        links.forEach(link -> arrow(svg, link));
        svg.append("</g>\n<g class=\"nodes\">\n");
        drawing.nodes().forEach(node -> node(svg, node));
        svg.append("</g>\n<g class=\"link-labels\">\n");
        links.forEach(link -> label(svg, link));
        svg.append("</g>\n");
        legend.draw(svg);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String title(MoneyGraph graph) {
        return "Money-flow graph: " + graph.nodes().size() + " companies, " + graph.links().size() + " links, "
                + graph.loops() + (graph.loops() == 1 ? " loop of value" : " loops of value");
    }

    private static void markers(StringBuilder svg) {
        svg.append("<defs>\n");
        for (LinkKind kind : LinkKind.values()) {
            marker(svg, kind.key(), kind.color());
        }
        svg.append("</defs>\n");
    }

    private static void marker(StringBuilder svg, String name, String color) {
        svg.append("<marker id=\"").append(ID_PREFIX).append("arrow-").append(name)
                .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                        + " markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                .append(color).append("\"/></marker>\n");
    }

    private static void arrow(StringBuilder svg, PlacedLink placed) {
        GraphLink link = placed.link();
        String path = path(placed.route());
        svg.append("<g class=\"link link-").append(link.kind().key()).append(link.onLoop() ? " on-loop" : "")
                .append('"').append(loops(link.loops())).append("><title>").append(Xml.escape(tooltip(link))).append("</title>");
        if (link.onLoop()) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(LinkKind.LOOP_COLOR)
                    .append("\" stroke-opacity=\"0.3\" stroke-width=\"8\" stroke-linejoin=\"round\"/>");
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(link.kind().color())
                .append("\" stroke-width=\"").append(link.onLoop() ? "2" : "1.3").append('"')
                .append(link.kind().dashed() ? " stroke-dasharray=\"6 4\"" : "")
                .append(" marker-end=\"url(#").append(ID_PREFIX).append("arrow-").append(link.kind().key()).append(")\"/></g>\n");
    }

    private static String tooltip(GraphLink link) {
        return link.from() + " → " + link.to() + ": " + link.label() + " (" + String.join(", ", link.refs()) + ")";
    }

    private static void node(StringBuilder svg, PlacedNode placed) {
        GraphNode node = placed.node();
        Box box = placed.box();
        svg.append("<g class=\"node").append(node.onLoop() ? " on-loop" : "").append("\" data-company=\"")
                .append(Xml.escape(node.id())).append('"').append(loops(node.loops())).append("><title>").append(Xml.escape(node.name() + " (" + node.id() + ")"))
                .append("</title><rect x=\"").append(number(box.x())).append("\" y=\"").append(number(box.y()))
                .append("\" width=\"").append(number(box.width())).append("\" height=\"").append(number(box.height()))
                .append("\" rx=\"6\" fill=\"").append(node.onLoop() ? "#fdecea" : "#ffffff")
                .append("\" stroke=\"").append(node.onLoop() ? LinkKind.LOOP_COLOR : "#546e7a")
                .append("\" stroke-width=\"").append(node.onLoop() ? "2.5" : "1.2").append("\"/>")
                .append("<text x=\"").append(number(box.centerX())).append("\" y=\"").append(number(box.centerY()))
                .append("\" text-anchor=\"middle\" dominant-baseline=\"central\" font-size=\"")
                .append(number(GraphLayout.NODE_FONT)).append("\" font-weight=\"bold\" fill=\"#263238\">")
                .append(Xml.escape(node.name())).append("</text></g>\n");
    }

    private static void label(StringBuilder svg, PlacedLink placed) {
        Box box = placed.label();
        GraphLink link = placed.link();
        svg.append("<g class=\"link-label\"").append(loops(link.loops())).append("><rect x=\"").append(number(box.x())).append("\" y=\"").append(number(box.y()))
                .append("\" width=\"").append(number(box.width())).append("\" height=\"").append(number(box.height()))
                .append("\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.92\"")
                .append(link.onLoop() ? " stroke=\"" + LinkKind.LOOP_COLOR + "\" stroke-opacity=\"0.5\"" : "")
                .append("/><text x=\"").append(number(box.centerX()))
                .append("\" y=\"").append(number(box.centerY())).append("\" text-anchor=\"middle\" dominant-baseline=\"central\"")
                .append(" font-size=\"").append(number(GraphLayout.LABEL_FONT)).append("\" fill=\"").append(link.kind().color())
                .append(link.onLoop() ? "\" font-weight=\"bold" : "").append("\">")
                .append(Xml.escape(link.label())).append("</text></g>\n");
    }

    /** {@code data-loops="1 3"}: lets a page pick out one loop; only the first {@link #FOCUSABLE_LOOPS} are named. */
    private static String loops(List<Integer> loops) {
        List<String> numbers = loops.stream().filter(n -> n <= FOCUSABLE_LOOPS).map(String::valueOf).toList();
        return numbers.isEmpty() ? "" : " data-loops=\"" + String.join(" ", numbers) + "\"";
    }

    private static String path(List<Point> route) {
        StringBuilder d = new StringBuilder();
        for (Point point : route) {
            d.append(d.length() == 0 ? "M" : " L").append(number(point.x())).append(',').append(number(point.y()));
        }
        return d.toString();
    }

    /** A coordinate with at most one decimal, the same on every machine. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
