package dev.bubblerisk.yaml;

import dev.bubblerisk.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while reading, so all of them are reported at once — up to a
 * limit, past which one closing line counts the rest (a hostile file must not flood stderr).
 */
public final class Problems {

    public static final int LIMIT = 200;

    private final List<Diagnostic> found = new ArrayList<>();
    private int dropped;
    private SourceLocation firstDropped;

    public void add(SourceLocation at, String message) {
        if (found.size() < LIMIT) {
            found.add(new Diagnostic(at, message));
        } else {
            if (dropped == 0) {
                firstDropped = at;
            }
            dropped++;
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem kept, in file and line order, then the count of the rest. */
    public List<Diagnostic> all() {
        List<Diagnostic> all = new ArrayList<>(found.stream().sorted(Diagnostic.ORDER).toList());
        if (dropped > 0) {
            all.add(new Diagnostic(firstDropped, dropped + " more problems not shown (the first " + LIMIT + " are above)"));
        }
        return all;
    }
}
