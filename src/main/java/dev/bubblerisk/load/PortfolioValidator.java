package dev.bubblerisk.load;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.SourceLocation;
import dev.bubblerisk.yaml.Problems;
import dev.bubblerisk.yaml.Suggestions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** The checks that need every file at once: unique company and deal ids, and company references. */
final class PortfolioValidator {

    private final Problems problems;

    PortfolioValidator(Problems problems) {
        this.problems = problems;
    }

    void check(List<DealFile> files) {
        Map<String, Company> companies = unique(files.stream().flatMap(f -> f.companies().stream()).toList(),
                "company", Company::id, Company::location);
        unique(files.stream().flatMap(f -> f.deals().stream()).toList(), "deal", Deal::id, Deal::location);
        TreeSet<String> known = new TreeSet<>(companies.keySet());
        files.stream().flatMap(f -> f.references().stream())
                .filter(reference -> !known.contains(reference.companyId()))
                .forEach(reference -> problems.add(reference.location(), "'" + reference.field()
                        + "' names an undefined company '" + reference.companyId() + "'"
                        + Suggestions.hint(reference.companyId(), known)));
    }

    private <T> Map<String, T> unique(List<T> elements, String what, Function<T, String> id,
                                      Function<T, SourceLocation> location) {
        Map<String, T> byId = new HashMap<>();
        for (T element : elements) {
            T first = byId.putIfAbsent(id.apply(element), element);
            if (first != null) {
                SourceLocation firstAt = location.apply(first);
                SourceLocation here = location.apply(element);
                String where = firstAt.file().equals(here.file()) ? "line " + firstAt.line() : firstAt.toString();
                problems.add(here, "duplicate " + what + " id '" + id.apply(element) + "' (first defined at " + where + ")");
            }
        }
        return byId;
    }
}
