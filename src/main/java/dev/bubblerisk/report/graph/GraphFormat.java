package dev.bubblerisk.report.graph;

import java.util.Locale;

/** The output formats of {@code graph}, each with its writer. */
public enum GraphFormat {
    DOT(new DotGraphWriter()),
    SVG(new SvgGraphWriter());

    private final GraphWriter writer;

    GraphFormat(GraphWriter writer) {
        this.writer = writer;
    }

    public GraphWriter writer() {
        return writer;
    }

    /** The name users type after {@code --format}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
