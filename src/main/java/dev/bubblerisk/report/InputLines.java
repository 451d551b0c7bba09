package dev.bubblerisk.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lines of the input files, read once each, so evidence can be quoted as written. */
public final class InputLines {

    private final Map<String, List<String>> byFile = new HashMap<>();

    /** Line {@code line} (1-based) of {@code file} without its line end, or the empty string when there is none. */
    public String line(String file, int line) {
        List<String> lines = byFile.computeIfAbsent(file, InputLines::read);
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    private static List<String> read(String file) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
