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

    /** Deal files are five levels deep; anything far deeper is not a deal file. */
    public static final int MAX_DEPTH = 64;

    private final JsonFactory yaml;
    private final JsonFactory json;

    public NodeReader() {
        StreamReadConstraints constraints = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setAllowDuplicateKeys(true); // duplicates are reported with both locations below
        this.yaml = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    /** The file's root node, or empty when it could not be parsed (the reason is in {@code problems}). */
    public Optional<Node> read(String file, InputStream content, Problems problems) {
        JsonFactory factory = isJson(file) ? json : yaml;
        try (JsonParser parser = factory.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new SourceLocation(file, 1, 1), "the file is empty (expected a deal file with 'as_of', 'companies' and 'deals')");
                return Optional.empty();
            }
            Node root = readValue(file, parser, problems);
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

    private Node readValue(String file, JsonParser parser, Problems problems) throws IOException {
        SourceLocation location = at(file, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readMap(file, parser, location, problems);
            case START_ARRAY -> readList(file, parser, location, problems);
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

    private MapNode readMap(String file, JsonParser parser, SourceLocation location, Problems problems) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourceLocation keyLocation = at(file, parser.currentTokenLocation());
            parser.nextToken();
            Node value = readValue(file, parser, problems);
            Entry earlier = entries.get(key);
            if (earlier != null) {
                problems.add(keyLocation, "duplicate field '" + key + "' (first given at line " + earlier.keyLocation().line() + ")");
            } else {
                entries.put(key, new Entry(keyLocation, value));
            }
        }
        return new MapNode(entries, location);
    }

    private ListNode readList(String file, JsonParser parser, SourceLocation location, Problems problems) throws IOException {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(file, parser, problems));
        }
        return new ListNode(items, location);
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
