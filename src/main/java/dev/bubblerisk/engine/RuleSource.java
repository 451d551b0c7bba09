package dev.bubblerisk.engine;

import dev.bubblerisk.model.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A ruleset: every {@code *.drl} file under a directory (recursively, in path order), or the
 * rules shipped inside the jar, with a content hash for the report's audit stamp, and the rule
 * scenario files ({@code *.test.yaml}) kept beside the rules.
 *
 * @param path  how the report names the ruleset, e.g. {@code rules}
 * @param tests the scenario files, in path order
 */
public record RuleSource(String path, List<RuleFile> files, List<RuleFile> tests) {

    /** Where the jar keeps its own copy of {@code rules/}. */
    static final String BUNDLED = "rules";
    private static final String DRL = ".drl";
    private static final String TEST = ".test.yaml";

    public RuleSource {
        files = List.copyOf(files);
        tests = List.copyOf(tests);
    }

    /** A ruleset without scenario files. */
    public RuleSource(String path, List<RuleFile> files) {
        this(path, files, List.of());
    }

    /** The rules under {@code directory}, named as the user wrote the directory. */
    public static RuleSource fromDirectory(Path directory) {
        return new RuleSource(directory.toString(), read(directory, directory.toString(), DRL),
                read(directory, directory.toString(), TEST));
    }

    /** The rules shipped in the jar (or in {@code target/classes} when run from a build). */
    public static RuleSource bundled() {
        URL root = RuleSource.class.getClassLoader().getResource(BUNDLED);
        if (root == null) {
            throw new IllegalStateException("the jar holds no rules/ directory");
        }
        try {
            URI uri = root.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return new RuleSource(BUNDLED, read(Path.of(uri), BUNDLED, DRL), read(Path.of(uri), BUNDLED, TEST));
            }
            try (FileSystem jar = openJar(uri)) {
                Path inJar = jar.getPath(BUNDLED);
                return new RuleSource(BUNDLED, read(inJar, BUNDLED, DRL), read(inJar, BUNDLED, TEST));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the rules shipped in the jar: " + e.getMessage(), e);
        }
    }

    /** SHA-256 over every file's relative path and content, in path order. */
    public String sha256() {
        StringBuilder all = new StringBuilder();
        for (RuleFile file : files) {
            all.append(file.relative()).append('\0').append(file.content()).append('\0');
        }
        return Sha256.hex(all.toString());
    }

    /** The file of the ruleset at {@code relative} path, if there is one. */
    public java.util.Optional<RuleFile> file(String relative) {
        return files.stream().filter(file -> file.relative().equals(relative)).findFirst();
    }

    private static List<RuleFile> read(Path root, String shownRoot, String suffix) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.getFileName().toString().endsWith(suffix) && Files.isRegularFile(path))
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .map(relative -> new RuleFile(join(shownRoot, relative), relative, content(root.resolve(relative))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(String root, String relative) {
        return root.endsWith("/") ? root + relative : root + "/" + relative;
    }

    private static String content(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IllegalStateException("the jar's file system is already open", e);
        }
    }
}
