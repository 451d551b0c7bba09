package dev.bubblerisk.load;

import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.model.Sha256;
import dev.bubblerisk.model.SourceLocation;
import dev.bubblerisk.yaml.Diagnostic;
import dev.bubblerisk.yaml.InputLimits;
import dev.bubblerisk.yaml.Node;
import dev.bubblerisk.yaml.NodeReader;
import dev.bubblerisk.yaml.Problems;
import dev.bubblerisk.yaml.TextCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads deal files (format v1) into one validated {@link Portfolio}. Every problem in every file is
 * collected before anything is returned; if there is any, nothing is returned and an
 * {@link InvalidInputException} lists them all.
 */
public final class DealFileLoader {

    private final NodeReader nodeReader = new NodeReader();
    private final LongConsumer bytesRead;
    private final Consumer<byte[]> spent;

    public DealFileLoader() {
        this(bytes -> { });
    }

    /** @param bytesRead told, as parsing goes on, how many more bytes of the files were read */
    public DealFileLoader(LongConsumer bytesRead) {
        this(bytesRead, bytes -> { });
    }

    /**
     * @param bytesRead told, as parsing goes on, how many more bytes of the files were read
     * @param spent     given each file's bytes once they are parsed and hashed, when the loader no
     *                  longer uses them, for the caller to write over (a million deals are some
     *                  400 MB of memory already touched)
     */
    public DealFileLoader(LongConsumer bytesRead, Consumer<byte[]> spent) {
        this.bytesRead = bytesRead;
        this.spent = spent;
    }

    /** Loads files given as the user named them; directories must already be expanded ({@link DealFileFinder}). */
    public Portfolio load(List<Path> files) throws InvalidInputException {
        Problems problems = new Problems();
        List<Optional<DealFile>> parsed = new ArrayList<>();
        for (Path file : files) {
            parsed.add(read(file, problems));
        }
        return checked(parsed, problems);
    }

    /** Loads one deal file's text, held in memory, as if read from a file at {@code path}. */
    public Portfolio load(String path, byte[] text) throws InvalidInputException {
        Problems problems = new Problems();
        return checked(List.of(parse(path, text, problems)), problems);
    }

    /** The files parsed, checked across files once every one of them parsed. */
    private static Portfolio checked(List<Optional<DealFile>> parsed, Problems problems) throws InvalidInputException {
        List<DealFile> read = parsed.stream().flatMap(Optional::stream).toList();
        if (read.size() == parsed.size()) {
            new PortfolioValidator(problems).check(read);
        }
        return portfolio(read, problems);
    }

    /**
     * Loads deal facts written inside another file (such as a rule scenario): {@code root} is the
     * mapping that holds {@code as_of}, {@code companies} and {@code deals}, and every location
     * points into {@code path}.
     */
    public Portfolio load(Node root, String path) throws InvalidInputException {
        Problems problems = new Problems();
        List<DealFile> read = List.of(new DealFileReader(problems).finish(root, path, null));
        new PortfolioValidator(problems).check(read);
        return portfolio(read, problems);
    }

    private static Portfolio portfolio(List<DealFile> read, Problems problems) throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.all());
        }
        return new Portfolio(
                read.stream().map(DealFile::input).toList(),
                read.stream().flatMap(f -> f.companies().stream()).toList(),
                read.stream().flatMap(f -> f.holdings().stream()).toList(),
                read.stream().flatMap(f -> f.deals().stream()).toList());
    }

    private Optional<DealFile> read(Path file, Problems problems) {
        String path = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > InputLimits.MAX_FILE_BYTES) {
                tooLarge(path, String.valueOf(size), problems);
                return Optional.empty();
            }
            bytes = FileBytes.read(file, InputLimits.MAX_FILE_BYTES);
            if (bytes.length > InputLimits.MAX_FILE_BYTES) { // it grew as it was read, or is a pipe
                tooLarge(path, "more than " + InputLimits.MAX_FILE_BYTES, problems);
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.add(new SourceLocation(path, 1, 1), "cannot read the file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return Optional.empty();
        }
        return parse(path, bytes, problems);
    }

    private static void tooLarge(String path, String bytes, Problems problems) {
        problems.add(new SourceLocation(path, 1, 1), "the file has " + bytes + " bytes; deal files are limited to "
                + InputLimits.MAX_FILE_BYTES + " (split the portfolio into several files)");
    }

    private Optional<DealFile> parse(String path, byte[] bytes, Problems problems) {
        Optional<Diagnostic> notText = TextCheck.problem(path, bytes, !path.toLowerCase(java.util.Locale.ROOT).endsWith(".json"));
        if (notText.isPresent()) {
            problems.add(notText.get().location(), notText.get().message());
            return Optional.empty();
        }
        DealFileReader reader = new DealFileReader(problems);
        Optional<DealFile> read = nodeReader.read(path, new CountingStream(bytes, bytesRead), problems, reader)
                .map(root -> reader.finish(root, path, Sha256.hex(bytes)));
        spent.accept(bytes);
        return read;
    }

    /** The bytes of a file, telling {@code bytesRead} as the parser takes them. */
    private static final class CountingStream extends ByteArrayInputStream {
        private final LongConsumer bytesRead;

        CountingStream(byte[] bytes, LongConsumer bytesRead) {
            super(bytes);
            this.bytesRead = bytesRead;
        }

        @Override
        public synchronized int read(byte[] into, int offset, int length) {
            int read = super.read(into, offset, length);
            if (read > 0) {
                bytesRead.accept(read);
            }
            return read;
        }
    }
}
