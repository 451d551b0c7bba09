package dev.bubblerisk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A deal file with one company more than an SVG layout draws, in a chain of purchases. */
final class TooLargeToDraw {

    static final int COMPANIES = 501;

    private TooLargeToDraw() {
    }

    static Path write(Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("as_of: 2025-10-31\ncompanies:\n");
        for (int i = 0; i < COMPANIES; i++) {
            yaml.append("  - {id: c").append(i).append(", name: Company ").append(i).append("}\n");
        }
        yaml.append("deals:\n");
        for (int i = 1; i < COMPANIES; i++) {
            yaml.append("  - id: d").append(i).append("\n    flows: [{id: f, type: purchase, from: c").append(i - 1)
                    .append(", to: c").append(i).append(", amount: 1B}]\n");
        }
        Path file = dir.resolve("large.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
