package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.bubblerisk.model.Evidence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Evidence written again from its kept bytes reads exactly as Jackson, styled by {@link JsonStyle}, writes it. */
class EncodedEvidenceTest {

    @Test
    void listsCitedAgainAreWrittenAsTheyWereTheFirstTime() throws IOException {
        List<Evidence> commitment = items("d", 30, "portfolio \"a\".json");
        List<Evidence> sameValuesOtherItems = items("d", 30, "portfolio \"a\".json");
        List<Evidence> loop = items("loop/é😀", 9, "b\\c.yaml");
        List<List<Evidence>> cited = List.of(commitment, items("few", 8, "x.yaml"), commitment, List.of(), loop,
                sameValuesOtherItems, commitment.subList(0, 29), loop, commitment);

        assertThat(ours(cited)).isEqualTo(jackson(cited));
    }

    @Test
    void moreListsThanItKeepsAreAllWrittenInFull() throws IOException {
        List<List<Evidence>> distinct = IntStream.range(0, 5000).mapToObj(i -> items("deal" + i, 9, "f.json")).toList();
        List<List<Evidence>> cited = new ArrayList<>(distinct);
        cited.addAll(distinct); // the first ones are no longer kept by now
        assertThat(ours(cited)).isEqualTo(jackson(cited));
    }

    private static List<Evidence> items(String prefix, int count, String file) {
        return IntStream.range(0, count).mapToObj(i -> new Evidence(i % 2 == 0 ? "deal" : "flow", prefix + "/" + i, file, 10 + i))
                .toList();
    }

    /** A list of findings, each with its evidence, as deep as in a report. */
    private static String ours(List<List<Evidence>> cited) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8JsonWriter json = new Utf8JsonWriter(bytes);
        EncodedEvidence<byte[]> evidence = new EncodedEvidence<>(KeptBlocks.inline(), new Fragments());
        json.startObject();
        json.name("findings");
        json.startArray();
        for (List<Evidence> list : cited) {
            json.startObject();
            json.field("rule", "r");
            json.name("evidence");
            evidence.write(json, list);
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String jackson(List<List<Evidence>> cited) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JsonStyle.generator(text)) {
            json.writeStartObject();
            json.writeArrayFieldStart("findings");
            for (List<Evidence> list : cited) {
                json.writeStartObject();
                json.writeStringField("rule", "r");
                json.writeArrayFieldStart("evidence");
                for (Evidence item : list) {
                    DefaultPrettyPrinter printer = (DefaultPrettyPrinter) json.getPrettyPrinter();
                    printer.indentObjectsWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance); // one line
                    json.writeStartObject();
                    json.writeStringField("kind", item.kind());
                    json.writeStringField("ref", item.ref());
                    json.writeStringField("file", item.file());
                    json.writeNumberField("line", item.line());
                    json.writeEndObject();
                    printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return text.toString();
    }
}
