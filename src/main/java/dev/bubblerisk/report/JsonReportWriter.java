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

    /** The names of the members every deal, finding, evidence item and data gap has. */
    static final Utf8JsonWriter.Name ID = Utf8JsonWriter.memberName("id");
    static final Utf8JsonWriter.Name TITLE = Utf8JsonWriter.memberName("title");
    static final Utf8JsonWriter.Name SCORE = Utf8JsonWriter.memberName("score");
    static final Utf8JsonWriter.Name RAW_POINTS = Utf8JsonWriter.memberName("raw_points");
    static final Utf8JsonWriter.Name BAND = Utf8JsonWriter.memberName("band");
    static final Utf8JsonWriter.Name FINDINGS = Utf8JsonWriter.memberName("findings");
    static final Utf8JsonWriter.Name DATA_GAPS = Utf8JsonWriter.memberName("data_gaps");
    static final Utf8JsonWriter.Name RULE = Utf8JsonWriter.memberName("rule");
    static final Utf8JsonWriter.Name CATEGORY = Utf8JsonWriter.memberName("category");
    static final Utf8JsonWriter.Name POINTS = Utf8JsonWriter.memberName("points");
    static final Utf8JsonWriter.Name EXPLANATION = Utf8JsonWriter.memberName("explanation");
    static final Utf8JsonWriter.Name EVIDENCE = Utf8JsonWriter.memberName("evidence");
    static final Utf8JsonWriter.Name KIND = Utf8JsonWriter.memberName("kind");
    static final Utf8JsonWriter.Name REF = Utf8JsonWriter.memberName("ref");
    static final Utf8JsonWriter.Name FILE = Utf8JsonWriter.memberName("file");
    static final Utf8JsonWriter.Name LINE = Utf8JsonWriter.memberName("line");
    static final Utf8JsonWriter.Name COMPANY = Utf8JsonWriter.memberName("company");
    static final Utf8JsonWriter.Name MISSING = Utf8JsonWriter.memberName("missing");

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
        json.field(ID, deal.deal().id());
        json.field(TITLE, deal.deal().title());
        json.field(SCORE, deal.score());
        json.field(RAW_POINTS, deal.rawPoints());
        json.recurringField(BAND, deal.band().name());
        json.name(FINDINGS);
        json.startArray();
        for (Finding finding : deal.findings()) {
            values.writeFinding(json, finding);
        }
        json.endArray();
        json.name(DATA_GAPS);
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
        json.recurringField(RULE, finding.rule());
        json.recurringField(CATEGORY, finding.category());
        json.field(POINTS, finding.points());
        json.field(EXPLANATION, finding.explanation());
        json.name(EVIDENCE);
        evidence.write(json, finding.evidence());
        json.endObject();
    }

    /** The array of a deal's gaps, each on a line, as the value of the member {@code json} has just named. */
    static void writeGaps(Utf8JsonWriter json, List<DataGap> gaps) throws IOException {
        json.startArray();
        for (DataGap gap : gaps) {
            json.startInlineObject();
            json.recurringField(RULE, gap.rule());
            json.field(COMPANY, gap.company());
            json.recurringField(MISSING, gap.missing());
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
