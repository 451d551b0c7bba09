package dev.bubblerisk.load;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import java.util.function.Consumer;

/**
 * Told of each company and deal as the loader reads it, in input order (file by file), before the
 * files are checked across: what it is told of is the loaded portfolio's only when loading
 * succeeds. Called on the reading thread.
 */
public interface ReadListener {

    /** Told of nothing. */
    ReadListener NONE = new ReadListener() {
    };

    /** The next company of a file's list. */
    default void company(Company company) {
    }

    /** The next deal. */
    default void deal(Deal deal) {
    }

    /** Tells {@code companies} of each company and {@code deals} of each deal. */
    static ReadListener of(Consumer<Company> companies, Consumer<Deal> deals) {
        return new ReadListener() {
            @Override
            public void company(Company company) {
                companies.accept(company);
            }

            @Override
            public void deal(Deal deal) {
                deals.accept(deal);
            }
        };
    }
}
