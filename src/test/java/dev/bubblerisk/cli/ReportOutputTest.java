package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are written whole or not at all, never over an input, and readable like any file. */
class ReportOutputTest {

    @TempDir
    Path dir;

    @Test
    void aFailureWhileWritingLeavesTheEarlierReportUntouched() throws IOException {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "the earlier report\n");

        assertThatThrownBy(() -> ReportOutput.write(report, List.of(), out -> {
            out.write("half of a new rep");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(report).hasContent("the earlier report");
        assertThat(filesIn(dir)).containsExactly(report);
    }

    @Test
    void aNewReportReplacesTheOldOneWhole() throws IOException {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "old\n");

        ReportOutput.write(report, List.of(), out -> out.write("new\n"));

        assertThat(report).hasContent("new");
        assertThat(filesIn(dir)).containsExactly(report);
    }

    @Test
    void aNewReportIsReadableByOthersAndAReplacementKeepsThePermissionsOfTheOld() throws IOException {
        Path fresh = dir.resolve("fresh.json");
        Path kept = dir.resolve("kept.json");
        Files.writeString(kept, "old\n");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));

        ReportOutput.write(fresh, List.of(), out -> out.write("{}\n"));
        ReportOutput.write(kept, List.of(), out -> out.write("{}\n"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw----");
    }

    @Test
    void refusesAnInputNamedAnotherWay() throws IOException {
        Path input = dir.resolve("deals.yaml");
        Files.writeString(input, "as_of: 2025-10-31\n");
        Path sameFile = dir.resolve("sub/../deals.yaml");
        Files.createDirectories(dir.resolve("sub"));

        assertThatThrownBy(() -> ReportOutput.write(sameFile, List.of(input), out -> out.write("x")))
                .isInstanceOf(UsageException.class).hasMessageContaining("refusing to write over the input file");
        assertThat(input).hasContent("as_of: 2025-10-31");
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
