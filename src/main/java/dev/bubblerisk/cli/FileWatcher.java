package dev.bubblerisk.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for files to be saved under a set of directories (recursively), and hands back the
 * changed paths of one save, editors' bursts of events folded into one.
 */
final class FileWatcher implements Closeable {

    /** Editors write a file in several steps; events this close together are one save. */
    private static final long SETTLE_MILLIS = 40;

    private final WatchService service;
    private final Map<WatchKey, Path> directories = new HashMap<>();

    FileWatcher(Set<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            register(root);
        }
    }

    /** Blocks until something changes; the absolute paths that changed. */
    Set<Path> next() throws InterruptedException, IOException {
        Set<Path> changed = new LinkedHashSet<>();
        WatchKey key = service.take();
        while (key != null) {
            collect(key, changed);
            key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) throws IOException {
        Path directory = directories.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || directory == null) {
                continue;
            }
            Path path = directory.resolve((Path) event.context());
            if (Files.isDirectory(path)) {
                register(path);
            }
            changed.add(path);
        }
        if (!key.reset()) {
            directories.remove(key);
        }
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path directory : tree.filter(Files::isDirectory).toList()) {
                WatchKey key = directory.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                directories.put(key, directory.toAbsolutePath());
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            service.close();
        } catch (ClosedWatchServiceException e) {
            // already closed
        }
    }
}
