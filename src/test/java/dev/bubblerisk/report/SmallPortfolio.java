package dev.bubblerisk.report;

import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.load.InvalidInputException;
import dev.bubblerisk.model.Cycle;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.score.Band;
import dev.bubblerisk.score.DealScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The small hand-made portfolio of the golden files, and a report on it written by hand: the
 * findings, scores, ranks and loop are what the golden files were written from, not what the
 * engine computes, so these tests check the writers alone.
 */
public final class SmallPortfolio {

    public static final String FILE = "src/test/resources/reports/small-portfolio.yaml";
    public static final Cycle LOOP = new Cycle(List.of("chipco", "labco", "cloudco"),
            List.of("chip-lab/stake", "lab-cloud/compute", "cloud-chip/gpus", "cloud-chip/more-gpus"));

    private SmallPortfolio() {
    }

    public static Portfolio portfolio() {
        try {
            return new DealFileLoader().load(List.of(Path.of(FILE)));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.diagnostics().toString(), e);
        }
    }

    public static Report report() {
        Portfolio portfolio = portfolio();
        List<Evidence> loopEvidence = List.of(flow("chip-lab/stake", 27), flow("lab-cloud/compute", 36),
                flow("cloud-chip/gpus", 44));
        DealScore chipLab = new DealScore(deal(portfolio, "chip-lab"), 55, 55, Band.HIGH, List.of(
                new Finding("investor-is-supplier", "structure", 30,
                        "chipco invests $2B in labco, which buys $10B of chips from chipco",
                        List.of(flow("chip-lab/stake", 27), flow("chip-lab/chips", 22))),
                loop("chip-lab", loopEvidence)),
                List.of(new DataGap("buyer-unprofitable", "labco", "net_income")));
        DealScore labCloud = new DealScore(deal(portfolio, "lab-cloud"), 25, 25, Band.GUARDED,
                List.of(loop("lab-cloud", loopEvidence)),
                List.of(new DataGap("buyer-unprofitable", "labco", "net_income")));
        DealScore cloudChip = new DealScore(deal(portfolio, "cloud-chip"), 5, 5, Band.LOW, List.of(
                loop("cloud-chip", loopEvidence),
                new Finding("buyer-self-funded", "mitigant", -20,
                        "cloudco's operating cash flow of $4B a year covers its $3B, \"all cash\"",
                        List.of(new Evidence("company", "cloudco", FILE, 10)))),
                List.of());
        DealScore power = new DealScore(deal(portfolio, "power"), 0, 0, Band.LOW, List.of(), List.of());
        return new Report(new Report.Engine("0.1.0", "10.2.0"),
                new Report.Ruleset("rules", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 17),
                portfolio.inputs(), List.of(chipLab, labCloud, cloudChip, power), List.of(LOOP), portfolio);
    }

    /** A golden file, read as bytes so line ends are compared too. */
    public static String golden(String name) throws IOException {
        return new String(Files.readAllBytes(Path.of("src/test/resources/reports", name)), StandardCharsets.UTF_8);
    }

    private static Finding loop(String deal, List<Evidence> evidence) {
        return new Finding("circular-flow", "structure", 25, deal + " is on the loop chipco → labco → cloudco → chipco",
                evidence);
    }

    private static Evidence flow(String ref, int line) {
        return new Evidence("flow", ref, FILE, line);
    }

    private static Deal deal(Portfolio portfolio, String id) {
        return portfolio.deals().stream().filter(deal -> deal.id().equals(id)).findFirst().orElseThrow();
    }
}
