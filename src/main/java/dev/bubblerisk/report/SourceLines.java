package dev.bubblerisk.report;

import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.InputFile;
import dev.bubblerisk.model.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the input lines that evidence cites, each file once. A file whose bytes no longer match
 * the hash it was scored with is not quoted: a quote must be what the rules saw.
 */
public final class SourceLines {

    /** The most lines quoted for one piece of evidence (a company with all its financials is longer). */
    static final int MAX_LINES = 8;

    private final Map<String, String> hashes = new HashMap<>();
    private final Map<String, List<String>> files = new HashMap<>();

    /** @param inputs the files as scored, with the hashes their quotes must still match */
    public SourceLines(List<InputFile> inputs) {
        inputs.forEach(input -> hashes.put(input.path(), input.sha256()));
    }

    public SourceQuote quote(Evidence evidence) {
        List<String> lines = files.computeIfAbsent(evidence.file(), this::read);
        int index = evidence.line() - 1;
        if (index < 0 || index >= lines.size()) {
            return new SourceQuote(evidence.line(), List.of());
        }
        return new SourceQuote(evidence.line(), item(lines, index));
    }

    /** The cited line and, when it opens a YAML list item ({@code - id: stake}), the lines indented under it. */
    private static List<String> item(List<String> lines, int index) {
        List<String> quoted = new ArrayList<>(List.of(lines.get(index)));
        String first = lines.get(index);
        int indent = indent(first);
        if (!first.startsWith("- ", indent)) {
            return quoted;
        }
        for (int i = index + 1; i < lines.size() && quoted.size() < MAX_LINES; i++) {
            String line = lines.get(i);
            if (line.isBlank() || indent(line) <= indent) {
                break;
            }
            quoted.add(line);
        }
        return quoted;
    }

    private static int indent(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }

    private List<String> read(String file) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(file));
            String expected = hashes.get(file);
            if (expected != null && !expected.equals(Sha256.hex(bytes))) {
                return List.of();
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return List.of((text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
