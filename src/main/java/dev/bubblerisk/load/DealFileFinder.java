package dev.bubblerisk.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the paths a user names into deal files: a file as named, a directory read recursively
 * for {@code *.yaml}, {@code *.yml} and {@code *.json} (hidden entries skipped), in a stable order.
 */
public final class DealFileFinder {

    private DealFileFinder() {
    }

    /**
     * @throws IllegalArgumentException when a path does not exist or a directory holds no deal file
     */
    public static List<Path> find(List<Path> named) {
        List<Path> files = new ArrayList<>();
        for (Path path : named) {
            if (Files.isDirectory(path)) {
                List<Path> found = walk(path);
                if (found.isEmpty()) {
                    throw new IllegalArgumentException(path + ": no deal files (*.yaml, *.yml, *.json) in this directory");
                }
                files.addAll(found);
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException(path + ": no such file or directory");
            }
        }
        return files.stream().distinct().toList();
    }

    private static List<Path> walk(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> isDealFile(path) && !isHidden(directory.relativize(path)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDealFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
