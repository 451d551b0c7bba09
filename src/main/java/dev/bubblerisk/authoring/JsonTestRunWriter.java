package dev.bubblerisk.authoring;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bubblerisk.report.JsonStyle;
import java.io.IOException;
import java.io.Writer;

/** The test run for tools: cases with their differences, totals and coverage. */
final class JsonTestRunWriter implements TestRunWriter {

    @Override
    public void write(TestRun run, Writer out) throws IOException {
        try (JsonGenerator json = JsonStyle.generator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("cases");
            for (CaseResult result : run.results()) {
                json.writeStartObject();
                json.writeStringField("file", result.scenario().file());
                json.writeStringField("name", result.scenario().name());
                json.writeBooleanField("passed", result.passed());
                json.writeArrayFieldStart("differences");
                for (String difference : result.differences()) {
                    json.writeString(difference);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("passed", run.passed());
            json.writeNumberField("failed", run.failed());
            json.writeObjectFieldStart("coverage");
            json.writeNumberField("rules", run.ruleIds().size());
            json.writeNumberField("fired", run.fired().size());
            json.writeNumberField("percent", Math.round(run.coverage() * 10) / 10.0);
            json.writeArrayFieldStart("never_fired");
            for (String rule : run.neverFired()) {
                json.writeString(rule);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
    }
}
