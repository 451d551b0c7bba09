package dev.bubblerisk.load;

import dev.bubblerisk.load.Node.Entry;
import dev.bubblerisk.load.Node.ListNode;
import dev.bubblerisk.load.Node.MapNode;
import dev.bubblerisk.load.Node.ScalarNode;
import dev.bubblerisk.model.SourceLocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the fields of one mapping in a deal file, reporting unknown fields (with a "did you mean"
 * hint), missing required fields and values of the wrong kind to {@link Problems}. A field that
 * has a problem reads as absent, so reading goes on and every problem is found in one pass.
 */
final class MapReader {

    /** Ids: lower-case letters, digits and hyphens, starting with a letter or digit. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** A parser that may refuse a value with a sentence. */
    @FunctionalInterface
    interface ValueParser<T> {
        T parse(ScalarNode scalar) throws Values.BadValue;
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
    static MapReader of(Node node, String what, List<String> allowed, Problems problems) {
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

    SourceLocation location() {
        return map.location();
    }

    boolean has(String key) {
        Entry entry = map.entries().get(key);
        return entry != null && !(entry.value() instanceof ScalarNode scalar && scalar.isNull());
    }

    /** Where the field's value was written, or the mapping's own location when it is absent. */
    SourceLocation locationOf(String key) {
        Entry entry = map.entries().get(key);
        return entry == null ? map.location() : entry.value().location();
    }

    /** Reports each of {@code keys} that is absent; {@code subject} names the element, e.g. "deal 'd1'". */
    void requireAll(String subject, String... keys) {
        for (String key : keys) {
            if (!has(key)) {
                problems.add(map.location(), subject + " is missing required field '" + key + "'");
            }
        }
    }

    /** A text field; numbers are read as their text ({@code period: 2025}). */
    String text(String key) {
        return value(key, scalar -> {
            if (scalar.kind() != ScalarNode.Kind.STRING && scalar.kind() != ScalarNode.Kind.NUMBER) {
                throw new Values.BadValue("must be text, got " + scalar.shape());
            }
            return scalar.text();
        });
    }

    /** An id or a reference to one. */
    String id(String key) {
        String text = text(key);
        if (text != null && !ID.matcher(text).matches()) {
            problems.add(locationOf(key), "'" + key + "' must be an id of lower-case letters, digits and hyphens, got '"
                    + clip(text) + "'");
            return null;
        }
        return text;
    }

    Boolean bool(String key) {
        return value(key, scalar -> {
            if (scalar.kind() != ScalarNode.Kind.BOOLEAN) {
                throw new Values.BadValue("must be true or false, got " + Values.quoted(scalar));
            }
            return Boolean.parseBoolean(scalar.text());
        });
    }

    BigDecimal amount(String key, boolean signed) {
        return value(key, scalar -> Values.amount(scalar, signed));
    }

    /** Reads a scalar field with {@code parser}; absent, null or refused values read as {@code null}. */
    <T> T value(String key, ValueParser<T> parser) {
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
        } catch (Values.BadValue e) {
            problems.add(node.location(), "'" + key + "' " + e.getMessage());
            return null;
        }
    }

    /** The items of a list field; empty when absent or not a list. */
    List<Node> list(String key) {
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
    Node node(String key) {
        return has(key) ? map.entries().get(key).value() : null;
    }

    private static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
