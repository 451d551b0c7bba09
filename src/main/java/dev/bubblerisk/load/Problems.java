package dev.bubblerisk.load;

import dev.bubblerisk.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while reading, so all of them are reported at once. */
final class Problems {

    private final List<Diagnostic> found = new ArrayList<>();

    void add(SourceLocation at, String message) {
        found.add(new Diagnostic(at, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Diagnostic> all() {
        return List.copyOf(found);
    }
}
