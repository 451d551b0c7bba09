package dev.bubblerisk.report.graph;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A standalone SVG file of the money-flow graph, laid out and with its legend, the stamp in an XML comment. */
final class SvgGraphWriter implements GraphWriter {

    @Override
    public void write(MoneyGraph graph, List<String> stamp, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!--\n");
        for (String line : stamp) {
            out.write("  " + Xml.comment(line) + "\n");
        }
        out.write("-->\n");
        out.write(SvgGraph.of(graph));
    }
}
