package dev.bubblerisk.report;

import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.InputFile;
import dev.bubblerisk.score.DealScore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * The machine contract, {@code bubblerisk-report/v1}: keys written in a fixed order, two-space
 * indent, LF line ends, each evidence item and data gap on one line. Written as UTF-8 bytes
 * directly, since a million-deal report is gigabytes.
 */
final class JsonReportWriter implements ReportWriter {

    /** How deeply a deal is nested: in the deal list, in the report. */
    static final int DEAL_DEPTH = 2;

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (Utf8ToWriter text = new Utf8ToWriter(out)) {
            write(report, text);
        }
    }

    private static void write(Report report, OutputStream out) throws IOException {
        Utf8JsonWriter json = new Utf8JsonWriter(out);
        RecurringValues<byte[]> values = RecurringValues.inline();
        writeHead(json, report);
        for (DealScore deal : report.deals()) {
            writeDeal(json, deal, values);
        }
        writeTail(json, report);
    }

    /** Everything before the first deal: the report's origin, then the opening of the deal list. */
    static void writeHead(Utf8JsonWriter json, Report report) throws IOException {
        json.startObject();
        json.field("format", Report.FORMAT);
        json.name("engine");
        json.startObject();
        json.field("version", report.engine().version());
        json.field("drools", report.engine().drools());
        json.endObject();
        json.name("ruleset");
        json.startObject();
        json.field("path", report.ruleset().path());
        json.field("sha256", report.ruleset().sha256());
        json.field("rules", report.ruleset().rules());
        json.endObject();
        json.name("inputs");
        json.startArray();
        for (InputFile input : report.inputs()) {
            json.startObject();
            json.field("path", input.path());
            json.field("sha256", input.sha256());
            json.endObject();
        }
        json.endArray();
        json.name("deals");
        json.startArray();
    }

    /** Everything after the last deal: the close of the deal list, then the loops. */
    static void writeTail(Utf8JsonWriter json, Report report) throws IOException {
        json.endArray();
        json.name("cycles");
        json.startArray();
        for (Cycle cycle : report.cycles()) {
            json.startObject();
            writeStrings(json, "companies", cycle.companies());
            writeStrings(json, "flows", cycle.flows());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.newlineAtEnd();
        json.flush();
    }

    /** One deal of the list: at depth {@link #DEAL_DEPTH}. */
    static void writeDeal(Utf8JsonWriter json, DealScore deal, RecurringValues<?> values) throws IOException {
        json.startObject();
        json.field("id", deal.deal().id());
        json.field("title", deal.deal().title());
        json.field("score", deal.score());
        json.field("raw_points", deal.rawPoints());
        json.recurringField("band", deal.band().name());
        json.name("findings");
        json.startArray();
        for (Finding finding : deal.findings()) {
            values.writeFinding(json, finding);
        }
        json.endArray();
        json.name("data_gaps");
        values.writeGaps(json, deal.dataGaps());
        json.endObject();
    }

    /** Writes a finding's list of evidence. */
    @FunctionalInterface
    interface EvidenceWriter {
        void write(Utf8JsonWriter json, List<Evidence> evidence) throws IOException;
    }

    /** One finding, as the next element of the array {@code json} is in. */
    static void writeFinding(Utf8JsonWriter json, Finding finding, EvidenceWriter evidence) throws IOException {
        json.startObject();
        json.recurringField("rule", finding.rule());
        json.recurringField("category", finding.category());
        json.field("points", finding.points());
        json.field("explanation", finding.explanation());
        json.name("evidence");
        evidence.write(json, finding.evidence());
        json.endObject();
    }

    /** The array of a deal's gaps, each on a line, as the value of the member {@code json} has just named. */
    static void writeGaps(Utf8JsonWriter json, List<DataGap> gaps) throws IOException {
        json.startArray();
        for (DataGap gap : gaps) {
            json.startInlineObject();
            json.recurringField("rule", gap.rule());
            json.field("company", gap.company());
            json.recurringField("missing", gap.missing());
            json.endObject();
        }
        json.endArray();
    }

    private static void writeStrings(Utf8JsonWriter json, String field, List<String> values) throws IOException {
        json.name(field);
        json.startArray();
        for (String value : values) {
            json.string(value);
        }
        json.endArray();
    }
}
