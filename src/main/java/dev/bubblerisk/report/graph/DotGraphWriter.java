package dev.bubblerisk.report.graph;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The money-flow graph in Graphviz DOT, for {@code dot -Tsvg} or any DOT viewer: the stamp as
 * {@code //} comments, companies by id, links by sender, receiver and kind; loops of value in red.
 */
final class DotGraphWriter implements GraphWriter {

    @Override
    public void write(MoneyGraph graph, List<String> stamp, Writer out) throws IOException {
        for (String line : stamp) {
            out.write("// " + line.replaceAll("[\\r\\n]+", " ") + "\n");
        }
        out.write("digraph money_flows {\n");
        out.write("  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.4, ranksep=0.8];\n");
        out.write("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"#546e7a\", fontname=\"Helvetica\"];\n");
        out.write("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        out.write("\n");
        for (GraphNode node : graph.nodes()) {
            out.write("  " + quoted(node.id()) + " [label=" + quoted(node.name())
                    + (node.onLoop() ? ", fillcolor=\"#fdecea\", color=\"" + LinkKind.LOOP_COLOR + "\", penwidth=2.5" : "")
                    + "];\n");
        }
        out.write("\n");
        for (GraphLink link : graph.links()) {
            String color = link.onLoop() ? LinkKind.LOOP_COLOR : link.kind().color();
            out.write("  " + quoted(link.from()) + " -> " + quoted(link.to()) + " [label=" + quoted(link.label())
                    + ", color=\"" + color + "\", fontcolor=\"" + color + "\""
                    + (link.kind().dashed() ? ", style=dashed" : "")
                    + (link.onLoop() ? ", penwidth=2.5" : "") + "];\n");
        }
        out.write("}\n");
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as spaces. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]+", " ") + "\"";
    }
}
