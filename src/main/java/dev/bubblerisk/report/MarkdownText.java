package dev.bubblerisk.report;

/**
 * CommonMark / GitHub-flavoured escaping for text that comes from deal files and rules, so a
 * title such as {@code *Lab* <b>} reads as written and cannot start a list, a heading or HTML.
 */
final class MarkdownText {

    private static final String ESCAPED = "\\`*_[]<>&~";

    private MarkdownText() {
    }

    /** Text inside a line: Markdown punctuation backslash-escaped, line breaks as spaces. */
    static String inline(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : oneLine(text).toCharArray()) {
            if (ESCAPED.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Text that starts a paragraph: also escapes what would open a heading, a list, a quote or a setext line. */
    static String paragraph(String text) {
        String escaped = inline(text);
        if (!escaped.isEmpty() && "#>+-=".indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        int digits = 0;
        while (digits < escaped.length() && Character.isDigit(escaped.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < escaped.length() && (escaped.charAt(digits) == '.' || escaped.charAt(digits) == ')')) {
            return escaped.substring(0, digits) + "\\" + escaped.substring(digits);
        }
        return escaped;
    }

    /** Verbatim text as a code span, fenced with more backticks than it holds in a row. */
    static String code(String text) {
        String line = oneLine(text);
        int longest = 0;
        int run = 0;
        for (char c : line.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`");
        return fence + (pad ? " " + line + " " : line) + fence;
    }

    /** Markdown already escaped, made safe inside a table cell, where a pipe ends the cell even in a code span. */
    static String cell(String markdown) {
        return markdown.replace("|", "\\|");
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
