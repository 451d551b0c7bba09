package dev.bubblerisk.load;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.InputFile;
import dev.bubblerisk.model.SourceLocation;
import java.util.List;

/**
 * What one deal file holds, before it is merged with the others: its elements and every company
 * id it mentions, to be checked once all files are read.
 */
record DealFile(InputFile input, List<Company> companies, List<Holding> holdings, List<Deal> deals,
                List<CompanyReference> references) {

    /** A company id written in a field such as {@code from}, and where. */
    record CompanyReference(String companyId, String field, SourceLocation location) {
    }
}
