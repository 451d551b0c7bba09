package dev.bubblerisk.yaml;

/**
 * The bounds every input file is read within, so a hostile file is refused quickly with a located
 * message instead of exhausting time or memory. Each is far above what a real deal file needs.
 */
public final class InputLimits {

    /** Largest file read: 1 GiB (a million deals in JSON take about 0.5 GiB). */
    public static final long MAX_FILE_BYTES = 1L << 30;
    /** Longest line of a YAML file; YAML parsers slow down badly on very long lines. JSON is exempt (it is often one line). */
    public static final int MAX_YAML_LINE = 100_000;
    /** Longest single value: a deal file's longest values are source citations of a few hundred characters. */
    public static final int MAX_SCALAR = 100_000;
    /** Deepest nesting: a deal file is six levels deep (file, deals, deal, flows, flow, field). */
    public static final int MAX_DEPTH = 64;
    /** Most values in one file: a million-deal portfolio has about forty million. */
    public static final long MAX_VALUES = 100_000_000L;

    private InputLimits() {
    }
}
