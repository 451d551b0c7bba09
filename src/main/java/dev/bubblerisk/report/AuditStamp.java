package dev.bubblerisk.report;

import dev.bubblerisk.model.InputFile;
import java.util.ArrayList;
import java.util.List;

/**
 * What produced a report, for an audit: the engine's version, the ruleset's path, rule count and
 * content hash, and every input's hash. Every format carries it.
 *
 * @param ruleset {@code null} when no rules were run (the money-flow graph)
 */
public record AuditStamp(Report.Engine engine, Report.Ruleset ruleset, List<InputFile> inputs) {

    public AuditStamp {
        inputs = List.copyOf(inputs);
    }

    public static AuditStamp of(Report report) {
        return new AuditStamp(report.engine(), report.ruleset(), report.inputs());
    }

    /** "bubblerisk 0.1.0, Drools 10.2.0" */
    public String engineText() {
        return "bubblerisk " + engine.version() + ", Drools " + engine.drools();
    }

    /** The stamp as plain lines, for comment blocks: {@code engine: …}, {@code ruleset: …}, one {@code input: …} per file. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("engine: " + engineText());
        if (ruleset != null) {
            lines.add("ruleset: " + ruleset.path() + ", " + rules() + ", sha256 " + ruleset.sha256());
        }
        for (InputFile input : inputs) {
            lines.add("input: " + input.path() + ", sha256 " + input.sha256());
        }
        return lines;
    }

    /** "17 rules" */
    public String rules() {
        return ruleset.rules() + (ruleset.rules() == 1 ? " rule" : " rules");
    }
}
