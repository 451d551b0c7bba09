package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Findings and gaps written again from their kept bytes read exactly as Jackson, styled by {@link JsonStyle}, writes them. */
class RecurringValuesTest {

    private static final List<Evidence> OWN = items("company/financials", 2);
    private static final List<Evidence> COMMITMENT = items("deal", 30);
    private static final DataGap REVENUE = new DataGap("buyer-unprofitable", "co1", "revenue");
    private static final DataGap DEBT = new DataGap("buyer-over-leveraged", "co1", "total_debt");
    private static final DataGap OTHER = new DataGap("young-counterparty", "co\"2\"é😀", "founded");

    @Test
    void aValueMetAgainIsWrittenAsItWasTheFirstTime() throws IOException {
        Finding losses = new Finding("buyer-unprofitable", "buyer", 15, "co1 lost $3B in FY2024", OWN);
        Finding committed = new Finding("commitment-exceeds-revenue", "buyer", 30, "co1 has committed \"$90B\"", COMMITMENT);
        List<Deal> deals = List.of(
                new Deal(List.of(losses, committed), List.of(REVENUE, DEBT)),
                new Deal(List.of(losses), List.of(REVENUE, DEBT)),
                new Deal(List.of(committed, losses), List.of(REVENUE, DEBT)),
                new Deal(List.of(), List.of()),
                new Deal(List.of(losses, committed), List.of(REVENUE, DEBT, OTHER)),
                new Deal(List.of(committed), List.of(REVENUE, DEBT)));

        assertThat(ours(deals)).isEqualTo(jackson(deals));
    }

    @Test
    void aValueThatDiffersInAnyPartIsWrittenAsItIs() throws IOException {
        Finding losses = new Finding("buyer-unprofitable", "buyer", 15, "co1 lost $3B", OWN);
        List<Finding> variants = List.of(
                new Finding("buyer-unprofitable", "buyer", 16, "co1 lost $3B", OWN),
                new Finding("buyer-unprofitable", "buyer", 15, "co1 lost $4B", OWN),
                new Finding("buyer-unprofitable-too", "buyer", 15, "co1 lost $3B", OWN),
                new Finding("buyer-unprofitable", "market", 15, "co1 lost $3B", OWN),
                new Finding("buyer-unprofitable", "buyer", 15, "co1 lost $3B", OWN.subList(0, 1)),
                new Finding("buyer-unprofitable", "buyer", 15, "co1 lost $3B", items("company/financials", 2)),
                new Finding("buyer-unprofitable", "buyer", 15, null, OWN));
        List<DataGap> gaps = List.of(REVENUE, DEBT);
        List<List<DataGap>> otherGaps = List.of(List.of(DEBT, REVENUE), List.of(REVENUE),
                List.of(REVENUE, new DataGap("buyer-over-leveraged", "co1", "total_debt")));
        List<Deal> deals = new ArrayList<>();
        for (Finding variant : variants) { // each met in turn with the finding it differs from, twice over
            for (int i = 0; i < 4; i++) {
                deals.add(new Deal(List.of(i % 2 == 0 ? losses : variant), gaps));
            }
        }
        for (List<DataGap> other : otherGaps) {
            for (int i = 0; i < 4; i++) {
                deals.add(new Deal(List.of(), i % 2 == 0 ? gaps : other));
            }
        }

        assertThat(ours(deals)).isEqualTo(jackson(deals));
    }

    @Test
    void valuesOfAKindThatMostlyRecursAreKeptWhenFirstMet() throws IOException {
        List<Deal> deals = new ArrayList<>();
        for (int company = 0; company < 300; company++) {
            // One company's finding and gaps, in each of its deals; every fifth company has one deal.
            DataGap gap = new DataGap("buyer-unprofitable", "co" + company, "net_income");
            Finding losses = new Finding("buyer-unprofitable", "buyer", 15, "co" + company + " lost $" + company + "M", OWN);
            for (int deal = 0; deal < (company % 5 == 4 ? 1 : 3); deal++) {
                Finding own = new Finding("repeated-expansion", "market", 10, "deal " + company + "/" + deal,
                        items("deal" + company + "/" + deal, 2));
                deals.add(new Deal(deal % 2 == 0 ? List.of(losses, own) : List.of(own, losses),
                        deal == 2 ? List.of(gap, REVENUE) : List.of(gap)));
            }
        }

        assertThat(ours(deals)).isEqualTo(jackson(deals));
    }

    @Test
    void moreValuesThanItRemembersAreAllWrittenInFull() throws IOException {
        List<Deal> distinct = IntStream.range(0, 100_000).mapToObj(i -> new Deal(
                List.of(new Finding("r", "c", i % 40, "finding " + i, OWN)),
                List.of(new DataGap("r", "co" + i, "revenue")))).toList();
        List<Deal> deals = new ArrayList<>(distinct);
        deals.addAll(distinct); // most are forgotten by now, those still remembered are kept
        deals.addAll(distinct.subList(99_000, 100_000)); // and these are met a third time

        assertThat(ours(deals)).isEqualTo(jackson(deals));
    }

    private record Deal(List<Finding> findings, List<DataGap> gaps) {
    }

    private static List<Evidence> items(String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Evidence(i % 2 == 0 ? "deal" : "flow", prefix + "/" + i, "portfolio.json", 10 + i))
                .toList();
    }

    /** A list of deals with their findings and gaps, as deep as in a report. */
    private static String ours(List<Deal> deals) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8JsonWriter json = new Utf8JsonWriter(bytes);
        RecurringValues<byte[]> values = RecurringValues.inline();
        json.startObject();
        json.name("deals");
        json.startArray();
        for (Deal deal : deals) {
            json.startObject();
            json.name("findings");
            json.startArray();
            for (Finding finding : deal.findings()) {
                values.writeFinding(json, finding);
            }
            json.endArray();
            json.name("data_gaps");
            values.writeGaps(json, deal.gaps());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String jackson(List<Deal> deals) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JsonStyle.generator(text)) {
            json.writeStartObject();
            json.writeArrayFieldStart("deals");
            for (Deal deal : deals) {
                json.writeStartObject();
                json.writeArrayFieldStart("findings");
                for (Finding finding : deal.findings()) {
                    json.writeStartObject();
                    json.writeStringField("rule", finding.rule());
                    json.writeStringField("category", finding.category());
                    json.writeNumberField("points", finding.points());
                    json.writeStringField("explanation", finding.explanation());
                    json.writeArrayFieldStart("evidence");
                    for (Evidence item : finding.evidence()) {
                        oneLine(json, () -> {
                            json.writeStringField("kind", item.kind());
                            json.writeStringField("ref", item.ref());
                            json.writeStringField("file", item.file());
                            json.writeNumberField("line", item.line());
                        });
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("data_gaps");
                for (DataGap gap : deal.gaps()) {
                    oneLine(json, () -> {
                        json.writeStringField("rule", gap.rule());
                        json.writeStringField("company", gap.company());
                        json.writeStringField("missing", gap.missing());
                    });
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return text.toString();
    }

    @FunctionalInterface
    private interface Members {
        void write() throws IOException;
    }

    /** An object on one line, as the report writes evidence items and gaps. */
    private static void oneLine(JsonGenerator json, Members members) throws IOException {
        DefaultPrettyPrinter printer = (DefaultPrettyPrinter) json.getPrettyPrinter();
        printer.indentObjectsWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        json.writeStartObject();
        members.write();
        json.writeEndObject();
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
    }
}
