package dev.bubblerisk.yaml;

import dev.bubblerisk.model.SourceLocation;
import dev.bubblerisk.yaml.Node.Entry;
import dev.bubblerisk.yaml.Node.ListNode;
import dev.bubblerisk.yaml.Node.MapNode;
import dev.bubblerisk.yaml.Node.ScalarNode;
import java.util.List;

/**
 * Reads the fields of one mapping in a deal file, reporting unknown fields (with a "did you mean"
 * hint), missing required fields and values of the wrong kind to {@link Problems}. A field that
 * has a problem reads as absent, so reading goes on and every problem is found in one pass.
 */
public final class MapReader {

    /** A parser that may refuse a value with a sentence. */
    @FunctionalInterface
    public interface ValueParser<T> {
        T parse(ScalarNode scalar) throws BadValue;
    }

    private final MapNode map;
    private final Problems problems;

    private MapReader(MapNode map, Problems problems) {
        this.map = map;
        this.problems = problems;
    }

    /**
     * A reader over {@code node}, or {@code null} (after reporting) when it is not a mapping.
     *
     * @param what    how messages name this element, e.g. {@code "flow"}
     * @param allowed the field names the format allows here
     */
    public static MapReader of(Node node, String what, List<String> allowed, Problems problems) {
        if (!(node instanceof MapNode map)) {
            problems.add(node.location(), what + " must be a mapping of fields, got " + node.shape());
            return null;
        }
        for (var field : map.entries().entrySet()) {
            if (!allowed.contains(field.getKey())) {
                String hint = Suggestions.hint(field.getKey(), allowed);
                problems.add(field.getValue().keyLocation(), "unknown field '" + field.getKey() + "' in " + what
                        + (hint.isEmpty() ? " (expected one of: " + String.join(", ", allowed) + ")" : hint));
            }
        }
        return new MapReader(map, problems);
    }

    public SourceLocation location() {
        return map.location();
    }

    public boolean has(String key) {
        Entry entry = map.entries().get(key);
        return entry != null && !(entry.value() instanceof ScalarNode scalar && scalar.isNull());
    }

    /** Where the field's value was written, or the mapping's own location when it is absent. */
    public SourceLocation locationOf(String key) {
        Entry entry = map.entries().get(key);
        return entry == null ? map.location() : entry.value().location();
    }

    /** Reports each of {@code keys} that is absent; {@code subject} names the element, e.g. "deal 'd1'". */
    public void requireAll(String subject, String... keys) {
        for (String key : keys) {
            if (!has(key)) {
                problems.add(map.location(), subject + " is missing required field '" + key + "'");
            }
        }
    }

    /** A text field; numbers are read as their text ({@code period: 2025}). */
    public String text(String key) {
        return value(key, scalar -> {
            if (!scalar.isText()) {
                throw new BadValue("must be text, got " + scalar.shape());
            }
            return scalar.text();
        });
    }


    public Boolean bool(String key) {
        return value(key, scalar -> {
            if (scalar.kind() == ScalarNode.Kind.TRUE || scalar.kind() == ScalarNode.Kind.FALSE) {
                return scalar.kind() == ScalarNode.Kind.TRUE;
            }
            if (scalar.kind() == ScalarNode.Kind.STRING && (scalar.text().equalsIgnoreCase("true")
                    || scalar.text().equalsIgnoreCase("false"))) {
                return scalar.text().equalsIgnoreCase("true"); // "false" in quotes, as JSON writers sometimes put it
            }
            throw new BadValue("must be true or false, got '" + scalar.text() + "'");
        });
    }


    /** Reads a scalar field with {@code parser}; absent, null or refused values read as {@code null}. */
    public <T> T value(String key, ValueParser<T> parser) {
        if (!has(key)) {
            return null;
        }
        Node node = map.entries().get(key).value();
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(node.location(), "'" + key + "' must be a single value, got " + node.shape());
            return null;
        }
        try {
            return parser.parse(scalar);
        } catch (BadValue e) {
            problems.add(node.location(), "'" + key + "' " + e.getMessage());
            return null;
        }
    }

    /** The items of a list field; empty when absent or not a list. */
    public List<Node> list(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node node = map.entries().get(key).value();
        if (!(node instanceof ListNode list)) {
            problems.add(node.location(), "'" + key + "' must be a list, got " + node.shape());
            return List.of();
        }
        return list.items();
    }

    /** A nested mapping field, or {@code null} when absent. */
    public Node node(String key) {
        return has(key) ? map.entries().get(key).value() : null;
    }

}
