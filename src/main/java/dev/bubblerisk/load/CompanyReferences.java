package dev.bubblerisk.load;

import dev.bubblerisk.load.DealFile.CompanyReference;
import dev.bubblerisk.yaml.MapReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The company ids a deal file mentions, with where, to be resolved once every file is read; a
 * reference to a company the file has already defined is resolved at once. Each id is kept in
 * one copy, which every mention of it shares: a book of a million deals names its companies
 * millions of times. A mention of a defined company is looked up once, in the defined ids (at a
 * million deals, looking it up again in a set of them had taken 0.45 s of the reading thread's
 * processor time in a profile).
 */
final class CompanyReferences {

    private final List<CompanyReference> found = new ArrayList<>();
    /** Each id the file defines, as its one copy. */
    private final Map<String, String> defined = new HashMap<>();
    /** Each id mentioned but not (yet) defined, as its one copy. */
    private final Map<String, String> undefined = new HashMap<>();

    /** Notes a company the file defines, so later references to it need no resolving; returns its id. */
    String defined(String id) {
        if (id == null) {
            return null;
        }
        String shared = defined.get(id);
        if (shared == null) {
            String mentioned = undefined.remove(id); // the copy that mentions above it hold
            shared = mentioned != null ? mentioned : id;
            defined.put(shared, shared);
        }
        return shared;
    }

    /** Reads a company id field of {@code reader}, and remembers it unless the file defined that company above. */
    String read(MapReader reader, String field) {
        String id = reader.value(field, Values::companyId);
        if (id == null) {
            return null;
        }
        String shared = defined.get(id);
        if (shared == null) {
            String mentioned = undefined.putIfAbsent(id, id);
            shared = mentioned != null ? mentioned : id;
            found.add(new CompanyReference(shared, field, reader.locationOf(field)));
        }
        return shared;
    }

    List<CompanyReference> all() {
        return List.copyOf(found);
    }
}
