package dev.bubblerisk.load;

import dev.bubblerisk.load.DealFile.CompanyReference;
import dev.bubblerisk.yaml.MapReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The company ids a deal file mentions, with where, to be resolved once every file is read; a
 * reference to a company the file has already defined is resolved at once.
 */
final class CompanyReferences {

    private final List<CompanyReference> found = new ArrayList<>();
    private final SharedText ids = new SharedText(Integer.MAX_VALUE); // as many as the companies named
    private final Set<String> defined = new HashSet<>();

    /** Notes a company the file defines, so later references to it need no resolving; returns its id. */
    String defined(String id) {
        String shared = ids.of(id);
        if (shared != null) {
            defined.add(shared);
        }
        return shared;
    }

    /** Reads a company id field of {@code reader}, and remembers it unless the file defined that company above. */
    String read(MapReader reader, String field) {
        String id = ids.of(reader.value(field, Values::companyId));
        if (id != null && !defined.contains(id)) {
            found.add(new CompanyReference(id, field, reader.locationOf(field)));
        }
        return id;
    }

    List<CompanyReference> all() {
        return List.copyOf(found);
    }
}
