package dev.bubblerisk.engine;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Portfolio;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * A portfolio's companies numbered, and its deals' flows and reactions by company number (its
 * {@link CompanyIndex}), worked out on a thread of its own while the deals are read, so that
 * scoring does not begin by going through every deal again: at a million deals that took 0.26 s
 * on both cores once reading had ended, while reading leaves the second core mostly idle. It is
 * told of each company and deal as the loader reads it, in input order, on the reading thread,
 * and hands them to its own thread a few thousand at a time; {@link RuleEngine} takes the index
 * from it for the portfolio read, and works the index out again for any portfolio it was not told
 * of in full. Close it once scoring has begun.
 */
public final class ReadingIndex implements AutoCloseable {

    /** How many companies and deals are handed to the index's thread at a time. */
    private static final int CHUNK = 4096;

    private final ExecutorService thread = HelperThread.start("reading-index");
    /** What the reading thread has been told of and not yet handed over. */
    private Object[] chunk = new Object[CHUNK];
    private int size;
    private Future<?> handedOver;
    // The index's own thread alone works on these until the reading is over.
    private final Map<String, Integer> numbers = new HashMap<>();
    private final CompanyIndex.FlowNumbers flows = new CompanyIndex.FlowNumbers(CHUNK);
    private int companies;

    /**
     * @param first run on the index's thread before anything else: to move it into the scheduler's
     *              idle class, say, so that it takes only processor time the reading leaves
     */
    public ReadingIndex(Runnable first) {
        thread.submit(first);
    }

    /** The next company of the list, as read. */
    public void company(Company company) {
        add(company);
    }

    /** The next deal, as read. */
    public void deal(Deal deal) {
        add(deal);
    }

    private void add(Object element) {
        chunk[size++] = element;
        if (size == CHUNK) {
            handOver();
        }
    }

    private void handOver() {
        Object[] elements = chunk;
        int count = size;
        chunk = new Object[CHUNK];
        size = 0;
        handedOver = thread.submit(() -> take(elements, count));
    }

    private void take(Object[] elements, int count) {
        for (int i = 0; i < count; i++) {
            if (elements[i] instanceof Deal deal) {
                flows.add(deal, numbers);
            } else {
                numbers.putIfAbsent(((Company) elements[i]).id(), companies++);
            }
        }
    }

    /**
     * The index of {@code portfolio}, once every company and deal read has been gone through;
     * {@code null} when this was not told of the portfolio's companies and deals, as many as it has.
     * A deal that names a company listed after it is numbered here once the list is complete.
     */
    CompanyIndex indexOf(Portfolio portfolio) {
        if (size > 0) {
            handOver();
        }
        if (handedOver != null) {
            HelperThread.result(handedOver);
        }
        if (companies != portfolio.companies().size() || flows.deals() != portfolio.deals().size()) {
            return null;
        }
        return CompanyIndex.of(portfolio, numbers, flows);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
