package dev.bubblerisk.cli;

import dev.bubblerisk.load.DealFileFinder;
import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.load.InvalidInputException;
import dev.bubblerisk.model.Portfolio;
import java.nio.file.Path;
import java.util.List;

/** Finds and loads the deal files a command names. */
final class DealInputs {

    private DealInputs() {
    }

    static List<Path> find(List<Path> named) {
        try {
            return DealFileFinder.find(named);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static Portfolio load(List<Path> files) throws InvalidInputException {
        return new DealFileLoader().load(files);
    }
}
