package dev.bubblerisk.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV record as RFC 4180 writes it: fields joined by commas, a field quoted when it holds a
 * comma, a quote or a line break (quotes doubled), CRLF at the end.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String record(List<String> fields) {
        return fields.stream().map(CsvCells::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /**
     * Text from deal files made inert for spreadsheets: a cell starting with {@code = + - @}, a tab
     * or a carriage return would be read as a formula, so it gets a leading apostrophe.
     */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
