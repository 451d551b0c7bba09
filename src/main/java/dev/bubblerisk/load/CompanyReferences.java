package dev.bubblerisk.load;

import dev.bubblerisk.load.DealFile.CompanyReference;
import dev.bubblerisk.yaml.MapReader;
import java.util.ArrayList;
import java.util.List;

/** The company ids a deal file mentions, with where, to be resolved once every file is read. */
final class CompanyReferences {

    private final List<CompanyReference> found = new ArrayList<>();
    private final SharedText ids = new SharedText(Integer.MAX_VALUE); // as many as the companies named

    /** Reads a company id field of {@code reader} and remembers it. */
    String read(MapReader reader, String field) {
        String id = ids.of(reader.value(field, Values::companyId));
        if (id == null) {
            return null;
        }
        found.add(new CompanyReference(id, field, reader.locationOf(field)));
        return id;
    }

    List<CompanyReference> all() {
        return List.copyOf(found);
    }
}
