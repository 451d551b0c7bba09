package dev.bubblerisk.cli;

import dev.bubblerisk.report.PlacedOutput;
import dev.bubblerisk.report.Utf8ToWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * Writes a report file whole or not at all: into a temporary file beside the target, then moved
 * into place. Never writes over an input.
 */
final class ReportOutput {

    /** Produces the report's text. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Produces the report's bytes, in UTF-8. */
    @FunctionalInterface
    interface BinaryContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Produces the report's bytes, in UTF-8, in stretches of a file written at once. */
    @FunctionalInterface
    interface PlacedContent {
        void writeTo(PlacedOutput out) throws IOException;
    }

    private ReportOutput() {
    }

    /** To {@code target} (the {@code --output} option) when there is one, else to {@code stdout}. */
    static void write(Path target, List<Path> inputs, PrintWriter stdout, Content content) throws IOException {
        if (target != null) {
            write(target, inputs, content);
        } else {
            content.writeTo(stdout);
            stdout.flush();
        }
    }

    /**
     * UTF-8 bytes into {@code file} (made for the {@code --output} option) when there is one, else to
     * {@code stdout}; the file in stretches at once by {@code placed} where it takes direct I/O.
     */
    static void writeBytes(Pending file, PrintWriter stdout, BinaryContent content, PlacedContent placed)
            throws IOException {
        if (file != null) {
            file.write(content, placed);
        } else {
            try (Utf8ToWriter text = new Utf8ToWriter(stdout)) {
                content.writeTo(text);
            }
        }
    }

    static void write(Path target, List<Path> inputs, Content content) throws IOException {
        writeBytes(target, inputs, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(text);
            text.flush();
        });
    }

    static void writeBytes(Path target, List<Path> inputs, BinaryContent content) throws IOException {
        try (Pending report = prepare(target, inputs)) {
            report.write(content, null);
        }
    }

    /**
     * Checks {@code target} and makes the temporary file the report will be written into, before
     * the report is ready: a bad {@code --output} is told before the work, and the file can be
     * written ahead (see {@link ReportFileAhead}).
     */
    static Pending prepare(Path target, List<Path> inputs) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        refuseInputs(target, absolute, inputs);
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new UsageException("--output " + target + ": the directory does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new UsageException("--output " + target + ": is a directory");
        }
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        temporary.toFile().deleteOnExit(); // also when the run is interrupted (Ctrl-C) before it is moved into place
        return new Pending(absolute, temporary);
    }

    /** A report file on its way: its temporary file, deleted on {@link #close()} unless moved into place. */
    static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temporary;

        private Pending(Path target, Path temporary) {
            this.target = target;
            this.temporary = temporary;
        }

        /** The temporary file, which holds nothing that counts until {@link #write} fills it. */
        Path temporary() {
            return temporary;
        }

        /**
         * Writes the report into the temporary file, over what it holds, in stretches by
         * {@code placed} where it can (see {@link UncachedFileOutput#placed}), and moves it into place.
         */
        void write(BinaryContent content, PlacedContent placed) throws IOException {
            try (PlacedOutput stretches = placed != null ? UncachedFileOutput.placed(temporary) : null) {
                if (stretches != null) {
                    placed.writeTo(stretches);
                } else {
                    try (OutputStream out = UncachedFileOutput.open(temporary)) {
                        content.writeTo(out);
                    }
                }
            }
            keepPermissions(target, temporary);
            move(temporary, target);
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(temporary);
        }
    }

    private static void refuseInputs(Path target, Path absolute, List<Path> inputs) throws IOException {
        for (Path input : inputs) {
            boolean same = Files.exists(absolute) && Files.exists(input)
                    ? Files.isSameFile(absolute, input)
                    : absolute.equals(input.toAbsolutePath().normalize());
            if (same) {
                throw new UsageException("--output " + target + ": refusing to write over the input file " + input);
            }
        }
    }

    /** A report is readable like any file the user writes: as the report it replaces, or rw-r--r--. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
