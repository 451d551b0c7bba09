package dev.bubblerisk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The versions stamped into the jar at build time. */
final class BuildInfo implements IVersionProvider {

    private static final Properties PROPERTIES = load();

    static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /** Distinguishes one build from the next, so caches of an older build are never read. */
    static String build() {
        return version() + "+" + PROPERTIES.getProperty("build", "unknown");
    }

    static String droolsVersion() {
        return PROPERTIES.getProperty("drools", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"bubblerisk " + version() + " (Drools " + droolsVersion() + ", Java " + Runtime.version().feature() + ")"};
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/bubblerisk-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
