package dev.bubblerisk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.InputFile;
import dev.bubblerisk.score.DealScore;
import java.io.IOException;
import java.io.Writer;

/** The machine contract, {@code bubblerisk-report/v1}: keys written in a fixed order, two-space indent, LF line ends. */
final class JsonReportWriter implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator json = JsonStyle.generator(out)) {
            json.writeStartObject();
            json.writeStringField("format", Report.FORMAT);
            json.writeObjectFieldStart("engine");
            json.writeStringField("version", report.engine().version());
            json.writeStringField("drools", report.engine().drools());
            json.writeEndObject();
            json.writeObjectFieldStart("ruleset");
            json.writeStringField("path", report.ruleset().path());
            json.writeStringField("sha256", report.ruleset().sha256());
            json.writeNumberField("rules", report.ruleset().rules());
            json.writeEndObject();
            json.writeArrayFieldStart("inputs");
            for (InputFile input : report.inputs()) {
                json.writeStartObject();
                json.writeStringField("path", input.path());
                json.writeStringField("sha256", input.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("deals");
            for (DealScore deal : report.deals()) {
                writeDeal(json, deal);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("cycles");
            for (Cycle cycle : report.cycles()) {
                json.writeStartObject();
                writeStrings(json, "companies", cycle.companies());
                writeStrings(json, "flows", cycle.flows());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeDeal(JsonGenerator json, DealScore deal) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", deal.deal().id());
        json.writeStringField("title", deal.deal().title());
        json.writeNumberField("score", deal.score());
        json.writeNumberField("raw_points", deal.rawPoints());
        json.writeStringField("band", deal.band().name());
        json.writeArrayFieldStart("findings");
        for (Finding finding : deal.findings()) {
            json.writeStartObject();
            json.writeStringField("rule", finding.rule());
            json.writeStringField("category", finding.category());
            json.writeNumberField("points", finding.points());
            json.writeStringField("explanation", finding.explanation());
            json.writeArrayFieldStart("evidence");
            for (Evidence evidence : finding.evidence()) {
                JsonStyle.inline(json, () -> {
                    json.writeStringField("kind", evidence.kind());
                    json.writeStringField("ref", evidence.ref());
                    json.writeStringField("file", evidence.file());
                    json.writeNumberField("line", evidence.line());
                });
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("data_gaps");
        for (DataGap gap : deal.dataGaps()) {
            JsonStyle.inline(json, () -> {
                json.writeStringField("rule", gap.rule());
                json.writeStringField("company", gap.company());
                json.writeStringField("missing", gap.missing());
            });
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, java.util.List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
