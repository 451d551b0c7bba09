package dev.bubblerisk.report.graph;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the money-flow graph in one format. Output depends only on its arguments, so it is byte-identical across runs. */
public interface GraphWriter {

    /** @param stamp lines saying what produced the graph, written as comments at the top */
    void write(MoneyGraph graph, List<String> stamp, Writer out) throws IOException;
}
