package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The report's own JSON writer writes exactly what Jackson, styled by {@link JsonStyle}, writes. */
class Utf8JsonWriterTest {

    private static final Utf8JsonWriter.Name KIND = Utf8JsonWriter.memberName("kind");
    private static final Utf8JsonWriter.Name SAME_KIND = Utf8JsonWriter.memberName("sameKind");

    private static final List<String> AWKWARD = List.of("", "plain", "a \"quoted\" word", "back\\slash", "tab\there",
            "new\nline", "cr\rlf", "\b\f", "\u0001\u001f", "del\u007f", "café", "€100B", "emoji 😀 here", "/slash/",
            "x".repeat(20_000), "y".repeat(8191) + "😀" + "z".repeat(9000), "é".repeat(12_000));

    @Test
    void writesEveryKindOfValueAsJacksonDoes() throws IOException {
        assertThat(ours(AWKWARD)).isEqualTo(jackson(AWKWARD));
    }

    @Test
    void writesMoreRecurringValuesThanItKeepsAsJacksonDoes() throws IOException {
        List<String> values = IntStream.range(0, 1500).mapToObj(i -> "kind-" + i).toList();
        assertThat(ours(values)).isEqualTo(jackson(values));
    }

    @Property(tries = 200)
    void escapesAnyTextAsJacksonDoes(@ForAll String text) throws IOException {
        List<String> values = List.of(wellFormed(text));
        assertThat(ours(values)).isEqualTo(jackson(values));
    }

    @Property(tries = 200)
    void writesAnyNumberAndNameEncodedOnceAsJacksonDoes(@ForAll int number, @ForAll String name) throws IOException {
        String key = wellFormed(name);
        Utf8JsonWriter.Name encoded = Utf8JsonWriter.memberName(key);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8JsonWriter ours = new Utf8JsonWriter(bytes);
        ours.startObject();
        ours.field(encoded, number);
        ours.name(encoded);
        ours.startInlineObject();
        ours.field(encoded, key);
        ours.recurringField(encoded, key);
        ours.endObject();
        ours.endObject();
        ours.flush();

        StringWriter text = new StringWriter();
        try (JsonGenerator jackson = JsonStyle.generator(text)) {
            jackson.writeStartObject();
            jackson.writeNumberField(key, number);
            jackson.writeFieldName(key);
            DefaultPrettyPrinter printer = (DefaultPrettyPrinter) jackson.getPrettyPrinter();
            printer.indentObjectsWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance); // one line
            jackson.writeStartObject();
            jackson.writeStringField(key, key);
            jackson.writeStringField(key, key);
            jackson.writeEndObject();
            printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
            jackson.writeEndObject();
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.toString());
    }

    /** A long fragment goes straight out rather than through the buffer, pieces of it too, and is counted all the same. */
    @Test
    void aLongFragmentPlacedInPiecesSitsInPlaceAsIfWrittenThere() throws IOException {
        String id = "x".repeat(3000);
        byte[] fragment = fragmentWithId(id);

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        Utf8JsonWriter json = new Utf8JsonWriter(whole);
        json.startObject();
        json.name("deals");
        json.startArray();
        json.rawValue(fragment, fragment.length);
        json.rawValue(fragment, 10);
        json.rawValueContinued(fragment, 10, 2000);
        json.rawValueContinued(fragment, 2010, fragment.length - 2010);
        json.endArray();
        json.endObject();
        long counted = json.written();
        json.flush();

        assertThat(whole.toString(StandardCharsets.UTF_8)).isEqualTo(twoDealsByJackson(id));
        assertThat(counted).isEqualTo(whole.size());
    }

    @Test
    void aFragmentWrittenApartSitsInPlaceAsIfWrittenThere() throws IOException {
        byte[] first = fragmentWithId("first");

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        Utf8JsonWriter json = new Utf8JsonWriter(whole);
        json.startObject();
        json.name("deals");
        json.startArray();
        json.rawValue(first, first.length);
        json.rawValue(first, first.length);
        json.endArray();
        json.endObject();
        json.flush();

        assertThat(whole.toString(StandardCharsets.UTF_8)).isEqualTo(twoDealsByJackson("first"));
    }

    /** A deal's object written apart, at the depth of a deal in a report's array, as many bytes as it counted. */
    private static byte[] fragmentWithId(String id) throws IOException {
        ByteArrayOutputStream apart = new ByteArrayOutputStream();
        Utf8JsonWriter fragments = new Utf8JsonWriter(apart, 2);
        fragments.startFragment();
        fragments.startObject();
        fragments.field("id", id);
        fragments.endObject();
        long counted = fragments.written();
        fragments.flush();
        byte[] fragment = apart.toByteArray();
        assertThat(fragment).hasSize((int) counted);
        return fragment;
    }

    /** {"deals": [two objects with the id]}, as Jackson writes it. */
    private static String twoDealsByJackson(String id) throws IOException {
        StringWriter expected = new StringWriter();
        try (JsonGenerator jackson = JsonStyle.generator(expected)) {
            jackson.writeStartObject();
            jackson.writeArrayFieldStart("deals");
            for (int i = 0; i < 2; i++) {
                jackson.writeStartObject();
                jackson.writeStringField("id", id);
                jackson.writeEndObject();
            }
            jackson.writeEndArray();
            jackson.writeEndObject();
        }
        return expected.toString();
    }

    /** One document with each value as a field, in an array, in a one-line object, and empty containers. */
    private static String ours(List<String> values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8JsonWriter json = new Utf8JsonWriter(bytes);
        json.startObject();
        for (int i = 0; i < values.size(); i++) {
            json.field("text" + i, values.get(i));
        }
        json.field("number", -42);
        json.field("none", (String) null);
        json.recurringField(Utf8JsonWriter.memberName("noKind"), null);
        json.name("empty");
        json.startArray();
        json.endArray();
        json.name("emptyObject");
        json.startObject();
        json.endObject();
        json.name("list");
        json.startArray();
        for (String value : values) {
            json.string(value);
            json.startInlineObject();
            json.field("value", value);
            json.recurringField(KIND, value); // encoded once, then again from what was kept
            json.recurringField(SAME_KIND, value);
            json.field("line", 88);
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String jackson(List<String> values) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JsonStyle.generator(text)) {
            json.writeStartObject();
            for (int i = 0; i < values.size(); i++) {
                json.writeStringField("text" + i, values.get(i));
            }
            json.writeNumberField("number", -42);
            json.writeStringField("none", null);
            json.writeStringField("noKind", null);
            json.writeArrayFieldStart("empty");
            json.writeEndArray();
            json.writeObjectFieldStart("emptyObject");
            json.writeEndObject();
            json.writeArrayFieldStart("list");
            for (String value : values) {
                json.writeString(value);
                DefaultPrettyPrinter printer = (DefaultPrettyPrinter) json.getPrettyPrinter();
                printer.indentObjectsWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance); // one line
                json.writeStartObject();
                json.writeStringField("value", value);
                json.writeStringField("kind", value);
                json.writeStringField("sameKind", value);
                json.writeNumberField("line", 88);
                json.writeEndObject();
                printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return text.toString();
    }

    /** The text with any lone surrogate replaced: input read from UTF-8 never has one. */
    private static String wellFormed(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
