package dev.bubblerisk.cli;

import dev.bubblerisk.engine.EngineLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The limits a faulty rule runs into: {@code --max-fires} and {@code --timeout}. */
final class EngineOptions {

    @Option(names = "--max-fires", paramLabel = "N",
            description = "Stop a run after N rule firings (default: 10,000 + 100 per fact, far above any real need).")
    long maxFires;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop a run of the rules after this many seconds (default: 600).")
    Double timeoutSeconds;

    EngineLimits limits() {
        if (maxFires < 0) {
            throw new UsageException("--max-fires must be 1 or more, got " + maxFires);
        }
        if (timeoutSeconds != null && !(timeoutSeconds > 0)) {
            throw new UsageException("--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        Duration timeout = timeoutSeconds == null ? EngineLimits.DEFAULT_TIMEOUT : Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        return new EngineLimits(maxFires, timeout);
    }
}
