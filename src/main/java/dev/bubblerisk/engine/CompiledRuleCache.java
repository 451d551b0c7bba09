package dev.bubblerisk.engine;

import dev.bubblerisk.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule packages on disk, one file per ruleset content hash, so an unchanged ruleset is
 * loaded instead of compiled. The cache only ever speeds things up: an entry that cannot be read
 * or written is ignored (and a corrupt one removed), and the rules are compiled instead.
 */
public final class CompiledRuleCache {

    private final Path directory;
    private final String build;

    /**
     * @param directory where entries are kept
     * @param build     identifies the bubblerisk build: entries of other builds are never read
     */
    public CompiledRuleCache(Path directory, String build) {
        this.directory = directory;
        this.build = build;
    }

    /** {@code $BUBBLERISK_CACHE}, else {@code $XDG_CACHE_HOME/bubblerisk}, else {@code ~/.cache/bubblerisk}. */
    public static Path defaultDirectory() {
        String explicit = System.getenv("BUBBLERISK_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("bubblerisk");
    }

    Optional<Collection<KiePackage>> load(RuleSource source) {
        Path entry = entry(source);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(entry);
             DroolsObjectInputStream objects = new DroolsObjectInputStream(in, CompiledRuleCache.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
            return Optional.of(packages);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            deleteQuietly(entry);
            return Optional.empty();
        }
    }

    void store(RuleSource source, Collection<KiePackage> packages) {
        Path entry = entry(source);
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, ".rules-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary);
                 ObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeObject(new ArrayList<>(packages));
            }
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written costs a compile next time, nothing else
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    private Path entry(RuleSource source) {
        return directory.resolve("rules-" + Sha256.hex(build + "\0" + source.sha256()).substring(0, 32) + ".bin");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more to do: the entry will be rewritten on the next successful compile
        }
    }
}
