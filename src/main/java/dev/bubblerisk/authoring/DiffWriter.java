package dev.bubblerisk.authoring;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bubblerisk.authoring.RulesetDiff.Change;
import dev.bubblerisk.authoring.RulesetDiff.Result;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.report.JsonStyle;
import dev.bubblerisk.score.Band;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Writes a {@link Result} as text (changed deals, then the band migration matrix) or JSON. */
public final class DiffWriter {

    private DiffWriter() {
    }

    public static void text(Result diff, Writer out) throws IOException {
        out.write("A: " + describe(diff.a()) + "\nB: " + describe(diff.b()) + "\n\n");
        out.write(diff.changed().size() + " of " + diff.changes().size() + " deals change"
                + (diff.changed().isEmpty() ? ".\n" : ":\n"));
        int width = Math.max(4, diff.changed().stream().mapToInt(change -> change.deal().id().length()).max().orElse(4));
        if (!diff.changed().isEmpty()) {
            out.write(String.format("  %-" + width + "s  %-11s  %-11s  %s%n", "DEAL", "A", "B", "CHANGE"));
        }
        for (Change change : diff.changed()) {
            out.write(String.format("  %-" + width + "s  %3d %-7s  %3d %-7s  %+d%s%n", change.deal().id(),
                    change.before().score(), change.before().band(), change.after().score(), change.after().band(),
                    change.delta(), bandMove(change)));
        }
        out.write("\nBand migration (rows: A, columns: B):\n");
        out.write(String.format("  %-8s", ""));
        for (Band to : Band.values()) {
            out.write(String.format("%8s", to));
        }
        out.write("\n");
        for (Map.Entry<Band, Map<Band, Integer>> row : diff.migration().entrySet()) {
            out.write(String.format("  %-8s", row.getKey()));
            for (int count : row.getValue().values()) {
                out.write(String.format("%8d", count));
            }
            out.write("\n");
        }
    }

    public static void json(Result diff, Writer out) throws IOException {
        try (JsonGenerator json = JsonStyle.generator(out)) {
            json.writeStartObject();
            ruleset(json, "a", diff.a());
            ruleset(json, "b", diff.b());
            json.writeArrayFieldStart("deals");
            for (Change change : diff.changes()) {
                json.writeStartObject();
                json.writeStringField("id", change.deal().id());
                json.writeNumberField("score_a", change.before().score());
                json.writeStringField("band_a", change.before().band().name());
                json.writeNumberField("score_b", change.after().score());
                json.writeStringField("band_b", change.after().band().name());
                json.writeNumberField("delta", change.delta());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("migration");
            for (Map.Entry<Band, Map<Band, Integer>> row : diff.migration().entrySet()) {
                json.writeObjectFieldStart(row.getKey().name());
                for (Map.Entry<Band, Integer> cell : row.getValue().entrySet()) {
                    json.writeNumberField(cell.getKey().name(), cell.getValue());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void ruleset(JsonGenerator json, String field, RuleBase rules) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("path", rules.source().path());
        json.writeStringField("sha256", rules.source().sha256());
        json.writeNumberField("rules", rules.rules().size());
        json.writeEndObject();
    }

    private static String describe(RuleBase rules) {
        return rules.source().path() + " (" + rules.rules().size() + " rules, sha256 " + rules.source().sha256().substring(0, 12) + ")";
    }

    private static String bandMove(Change change) {
        int move = change.after().band().compareTo(change.before().band());
        return move > 0 ? "  band up" : move < 0 ? "  band down" : "";
    }
}
