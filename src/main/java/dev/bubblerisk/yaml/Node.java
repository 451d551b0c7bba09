package dev.bubblerisk.yaml;

import dev.bubblerisk.model.SourceLocation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it was written, so every later message and
 * every piece of evidence can point at the input line.
 */
public sealed interface Node {

    SourceLocation location();

    /** A short name for the node's shape, used in "must be … , got …" messages. */
    String shape();

    /** A mapping; keys keep their own locations for "unknown field" messages. */
    record MapNode(Map<String, Entry> entries, SourceLocation location) implements Node {

        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String shape() {
            return "a mapping";
        }
    }

    /** One key of a mapping: where the key stands and the value it carries. */
    record Entry(SourceLocation keyLocation, Node value) {
    }

    record ListNode(List<Node> items, SourceLocation location) implements Node {

        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String shape() {
            return "a list";
        }
    }

    /**
     * A scalar as written ({@code text}) and as typed by the parser.
     *
     * @param number the value when the parser read a number, else {@code null}
     */
    record ScalarNode(Kind kind, String text, BigDecimal number, SourceLocation location) implements Node {

        /** {@code TRUE} and {@code FALSE} keep their spelling in {@code text}: YAML 1.1 reads {@code on} and {@code no} as booleans. */
        public enum Kind { STRING, NUMBER, TRUE, FALSE, NULL, BINARY }

        @Override
        public String shape() {
            return switch (kind) {
                case STRING -> "text";
                case NUMBER -> "a number";
                case TRUE, FALSE -> "true/false";
                case NULL -> "nothing";
                case BINARY -> "binary data";
            };
        }

        /** Whether the scalar reads as text: a string, a number, or a boolean by its spelling. */
        public boolean isText() {
            return kind != Kind.NULL && kind != Kind.BINARY;
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }
    }
}
