package dev.bubblerisk.report.graph;

import dev.bubblerisk.model.FlowType;
import java.util.Locale;

/**
 * What a link of the money-flow graph carries: one of the six flow types, or a standing stake
 * (a holding). Each kind has one colour, shared by every drawing of the graph and its legend.
 */
public enum LinkKind {
    PURCHASE("#1565c0", false),
    LEASE("#00838f", false),
    INVESTMENT("#6a1b9a", false),
    WARRANT("#ad1457", false),
    LOAN("#e65100", false),
    GUARANTEE("#5d4037", false),
    STAKE("#6a1b9a", true);

    /** The colour of a link on a loop of value, and of the companies the loop passes through. */
    public static final String LOOP_COLOR = "#d32f2f";

    private final String color;
    private final boolean dashed;

    LinkKind(String color, boolean dashed) {
        this.color = color;
        this.dashed = dashed;
    }

    public static LinkKind of(FlowType type) {
        return valueOf(type.name());
    }

    /** The word shown on the link: {@code purchase}, {@code stake}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String color() {
        return color;
    }

    /** Stakes are drawn dashed: value that moved before, outside any deal. */
    public boolean dashed() {
        return dashed;
    }
}
