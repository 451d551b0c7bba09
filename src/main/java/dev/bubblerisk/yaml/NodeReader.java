package dev.bubblerisk.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.bubblerisk.model.SourceLocation;
import dev.bubblerisk.yaml.Node.Entry;
import dev.bubblerisk.yaml.Node.ListNode;
import dev.bubblerisk.yaml.Node.MapNode;
import dev.bubblerisk.yaml.Node.ScalarNode.Kind;
import dev.bubblerisk.yaml.Node.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses one YAML or JSON document into a {@link Node} tree that keeps every line and column.
 * Both formats go through Jackson's streaming parser, so they share one tree builder and one set
 * of limits; a problem is reported as a {@link Diagnostic}, never thrown.
 */
public final class NodeReader {

    private final JsonFactory yaml;
    private final JsonFactory json;

    public NodeReader() {
        // The parsers' own limits sit above ours, so ours trip first, with a location and a plain sentence.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(InputLimits.MAX_DEPTH * 4)
                .maxStringLength(InputLimits.MAX_SCALAR * 4)
                .maxDocumentLength(InputLimits.MAX_FILE_BYTES)
                .build();
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(InputLimits.MAX_DEPTH * 4);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, InputLimits.MAX_FILE_BYTES));
        options.setAllowDuplicateKeys(true); // duplicates are reported with both locations below
        this.yaml = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    /** The file's root node, or empty when it could not be parsed (the reason is in {@code problems}). */
    public Optional<Node> read(String file, InputStream content, Problems problems) {
        return read(file, content, problems, TopLevel.NONE);
    }

    /**
     * The root node, with the items of the lists {@code topLevel} streams handed to it one by one
     * (the root then holds those lists empty, with their locations).
     */
    public Optional<Node> read(String file, InputStream content, Problems problems, TopLevel topLevel) {
        JsonFactory factory = isJson(file) ? json : yaml;
        try (JsonParser parser = factory.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new SourceLocation(file, 1, 1), "the file is empty (expected a deal file with 'as_of', 'companies' and 'deals')");
                return Optional.empty();
            }
            Node root = parser.currentToken() == JsonToken.START_OBJECT
                    ? readRoot(file, parser, problems, topLevel, new long[1])
                    : readValue(file, parser, problems, 1, new long[1]);
            JsonToken next = parser.nextToken();
            if (next != null) {
                problems.add(at(file, parser.currentTokenLocation()), "a deal file holds one document; a second one starts here");
            }
            return Optional.of(root);
        } catch (Refused e) {
            problems.add(e.location, e.getMessage());
            return Optional.empty();
        } catch (JsonProcessingException e) {
            Diagnostic failure = ParseFailures.toDiagnostic(file, e);
            problems.add(failure.location(), failure.message());
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new SourceLocation(file, 1, 1), "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * @param depth  how deep the value is, the root being 1
     * @param values how many values were read so far, counted across the file
     */
    private Node readValue(String file, JsonParser parser, Problems problems, int depth, long[] values) throws IOException {
        SourceLocation location = at(file, parser.currentTokenLocation());
        checkLimits(parser, location, depth, ++values[0]);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readMap(file, parser, location, problems, depth, values);
            case START_ARRAY -> readList(file, parser, location, problems, depth, values);
            case VALUE_STRING -> {
                if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
                    throw new Refused(location, "YAML aliases such as *" + clip(parser.getText())
                            + " are not supported in deal files: write the value out");
                }
                yield new ScalarNode(Kind.STRING, parser.getText(), null, location);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new ScalarNode(Kind.NUMBER, parser.getText(), parser.getDecimalValue(), location);
            case VALUE_TRUE -> new ScalarNode(Kind.TRUE, parser.getText(), null, location);
            case VALUE_FALSE -> new ScalarNode(Kind.FALSE, parser.getText(), null, location);
            case VALUE_NULL -> new ScalarNode(Kind.NULL, "", null, location);
            default -> new ScalarNode(Kind.BINARY, "", null, location);
        };
    }

    /** The root mapping, streaming the items of the lists {@code topLevel} asks for. */
    private MapNode readRoot(String file, JsonParser parser, Problems problems, TopLevel topLevel, long[] values)
            throws IOException {
        SourceLocation location = at(file, parser.currentTokenLocation());
        checkLimits(parser, location, 1, ++values[0]);
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourceLocation keyLocation = at(file, parser.currentTokenLocation());
            parser.nextToken();
            Node value;
            if (parser.currentToken() == JsonToken.START_ARRAY && topLevel.streams(key) && !entries.containsKey(key)) {
                SourceLocation listLocation = at(file, parser.currentTokenLocation());
                checkLimits(parser, listLocation, 2, ++values[0]);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    topLevel.item(key, readValue(file, parser, problems, 3, values));
                }
                value = new ListNode(List.of(), listLocation);
            } else {
                value = readValue(file, parser, problems, 2, values);
                topLevel.field(key, value);
            }
            put(entries, key, new Entry(keyLocation, value), problems);
        }
        return new MapNode(entries, location);
    }

    private MapNode readMap(String file, JsonParser parser, SourceLocation location, Problems problems, int depth,
                            long[] values) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourceLocation keyLocation = at(file, parser.currentTokenLocation());
            parser.nextToken();
            Node value = readValue(file, parser, problems, depth + 1, values);
            put(entries, key, new Entry(keyLocation, value), problems);
        }
        return new MapNode(entries, location);
    }

    /** Adds a field, or reports it as a duplicate of one given before. */
    private static void put(Map<String, Entry> entries, String key, Entry entry, Problems problems) {
        Entry earlier = entries.putIfAbsent(key, entry);
        if (earlier != null) {
            problems.add(entry.keyLocation(), "duplicate field '" + key + "' (first given at line " + earlier.keyLocation().line() + ")");
        }
    }

    private ListNode readList(String file, JsonParser parser, SourceLocation location, Problems problems, int depth,
                             long[] values) throws IOException {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(file, parser, problems, depth + 1, values));
        }
        return new ListNode(items, location);
    }

    private static void checkLimits(JsonParser parser, SourceLocation location, int depth, long values) throws IOException {
        if (depth > InputLimits.MAX_DEPTH) {
            throw new Refused(location, "nesting deeper than " + InputLimits.MAX_DEPTH
                    + " levels (a deal file needs six): this is not a deal file");
        }
        if (values > InputLimits.MAX_VALUES) {
            throw new Refused(location, "more than " + InputLimits.MAX_VALUES + " values in one file: split it into several");
        }
        if (parser instanceof YAMLParser yaml && yaml.getTypeId() != null && !yaml.isCurrentAlias()) {
            String tag = yaml.getTypeId();
            if (!tag.startsWith("tag:yaml.org,2002:") || tag.endsWith(":binary")) {
                String written = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length())
                        : tag.startsWith("!") ? tag : "!" + tag;
                throw new Refused(location, "YAML tags such as " + clip(written) + " are not supported in deal files");
            }
        }
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) && parser.getTextLength() > InputLimits.MAX_SCALAR) {
            throw new Refused(location, "a value of " + parser.getTextLength() + " characters; values are limited to "
                    + InputLimits.MAX_SCALAR);
        }
    }

    /** Content the reader will not go on with; the whole file is refused with one message. */
    private static final class Refused extends RuntimeException {
        private final transient SourceLocation location;

        Refused(SourceLocation location, String message) {
            super(message, null, false, false);
            this.location = location;
        }
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static boolean isJson(String file) {
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    static SourceLocation at(String file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new SourceLocation(file, 1, 1);
        }
        return new SourceLocation(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
