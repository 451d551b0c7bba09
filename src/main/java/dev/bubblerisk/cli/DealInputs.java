package dev.bubblerisk.cli;

import dev.bubblerisk.load.DealFileFinder;
import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.load.InvalidInputException;
import dev.bubblerisk.model.Portfolio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Finds and loads the deal files a command names. */
final class DealInputs {

    private DealInputs() {
    }

    static List<Path> find(List<Path> named) {
        try {
            return DealFileFinder.find(named);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static Portfolio load(List<Path> files) throws InvalidInputException {
        return new DealFileLoader().load(files);
    }

    /** Loads the files as a phase of {@code progress}, counted in bytes read. */
    static Portfolio load(List<Path> files, Progress progress) throws InvalidInputException {
        return load(files, bytes(files), progress, bytes -> { });
    }

    /**
     * Loads the files, of {@code fileBytes} in all ({@link #bytes}), as a phase of {@code progress},
     * counted in bytes read, giving each file's bytes to {@code spent} once the loader is done with
     * them.
     */
    static Portfolio load(List<Path> files, long fileBytes, Progress progress, Consumer<byte[]> spent)
            throws InvalidInputException {
        progress.phase("reading " + files.size() + (files.size() == 1 ? " deal file" : " deal files"), fileBytes);
        return new DealFileLoader(progress::advance, spent).load(files);
    }

    /** The files' sizes added up, leaving out any that cannot be read (the loader reports those). */
    static long bytes(List<Path> files) {
        long bytes = 0;
        for (Path file : files) {
            try {
                bytes += Files.size(file);
            } catch (IOException e) {
                // the loader reports the file it cannot read
            }
        }
        return bytes;
    }
}
