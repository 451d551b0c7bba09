package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line: a bar with the share done when the size is known, a moving marker when not, nothing off a terminal. */
class ProgressTest {

    @Test
    void aPhaseOfKnownSizeShowsABarAndTheShareDone() {
        assertThat(Progress.line("scoring 1,000 deals", 250, 1000, 7, 0))
                .isEqualTo("bubblerisk [#####               ]  25% scoring 1,000 deals (7 s)");
        assertThat(Progress.line("reading 1 deal file", 1000, 1000, 12, 3))
                .isEqualTo("bubblerisk [####################] 100% reading 1 deal file (12 s)");
    }

    @Test
    void countsPastTheSizeAreShownAsDone() {
        assertThat(Progress.line("reading 1 deal file", 1200, 1000, 1, 0)).contains("] 100% ");
    }

    @Test
    void aPhaseOfUnknownSizeShowsAMarkerThatMovesToAndFro() {
        assertThat(Progress.line("writing the json report", 0, 0, 3, 0))
                .isEqualTo("bubblerisk [=                   ] writing the json report (3 s)");
        assertThat(Progress.line("writing the json report", 0, 0, 3, 19)).startsWith("bubblerisk [                   =]");
        assertThat(Progress.line("writing the json report", 0, 0, 3, 20)).startsWith("bubblerisk [                  = ]");
        assertThat(Progress.line("writing the json report", 0, 0, 3, 38)).startsWith("bubblerisk [=                   ]");
    }

    @Test
    void drawsNothingWhenStderrIsNotATerminal() throws Exception {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.start(new PrintWriter(err, true), "reading")) {
            progress.phase("scoring", 10);
            progress.advance(5);
            Thread.sleep(50);
        }
        assertThat(err.toString()).isEmpty();
    }
}
