package dev.bubblerisk.report.graph;

/** Escaping for text from deal files (company names, flow ids) placed in SVG. */
final class Xml {

    private Xml() {
    }

    /** Text or an attribute value: {@code & < > " '} escaped, control characters dropped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\t', '\n', '\r' -> escaped.append(' ');
                default -> {
                    if (c >= 0x20 && c != 0x7F && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** Text inside {@code <!-- -->}, which may not hold {@code --}. */
    static String comment(String text) {
        return escape(text).replace("--", "- -");
    }
}
