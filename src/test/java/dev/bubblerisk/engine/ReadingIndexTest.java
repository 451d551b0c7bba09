package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.load.ReadListener;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.synthetic.DealFileWriters;
import dev.bubblerisk.synthetic.SyntheticPortfolio;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The company index worked out while a portfolio is read is the one worked out from the portfolio. */
class ReadingIndexTest {

    @TempDir
    Path dir;

    @Test
    void theIndexWorkedOutWhileReadingIsTheIndexOfThePortfolioRead() throws Exception {
        // more deals than one hand-over to the index's thread holds, the first mixing companies and deals
        String text = synthetic(20_000);
        try (ReadingIndex read = new ReadingIndex(() -> { })) {
            Portfolio portfolio = new DealFileLoader(bytes -> { }, bytes -> { }, listener(read))
                    .load("portfolio.json", text.getBytes(StandardCharsets.UTF_8));

            assertThat(portfolio.deals().size()).isGreaterThan(4 * 4096);
            CompanyIndexTest.assertSameIndex(read.indexOf(portfolio), CompanyIndex.of(portfolio), portfolio);
        }
    }

    @Test
    void filesReadOneAfterAnotherGiveTheIndexOfThePortfolioTheyMake() throws Exception {
        Path first = Files.writeString(dir.resolve("a.json"), synthetic(300));
        Path second = Files.writeString(dir.resolve("b.yaml"), Files.readString(Path.of("fixtures/ai-compute-2025.yaml")));
        try (ReadingIndex read = new ReadingIndex(() -> { })) {
            Portfolio portfolio = new DealFileLoader(bytes -> { }, bytes -> { }, listener(read)).load(List.of(first, second));

            CompanyIndexTest.assertSameIndex(read.indexOf(portfolio), CompanyIndex.of(portfolio), portfolio);
        }
    }

    @Test
    void dealsReadBeforeTheCompaniesTheyNameGetTheCompaniesPlacesInTheList() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("fixtures/ai-compute-2025.yaml"));
        int companies = lines.indexOf("companies:");
        int deals = lines.indexOf("deals:");
        assertThat(companies).isPositive().isLessThan(deals);
        StringBuilder dealsFirst = new StringBuilder();
        for (List<String> part : List.of(lines.subList(0, companies), lines.subList(deals, lines.size()),
                lines.subList(companies, deals))) {
            part.forEach(line -> dealsFirst.append(line).append('\n'));
        }
        try (ReadingIndex read = new ReadingIndex(() -> { })) {
            Portfolio portfolio = new DealFileLoader(bytes -> { }, bytes -> { }, listener(read))
                    .load("deals-first.yaml", dealsFirst.toString().getBytes(StandardCharsets.UTF_8));

            CompanyIndex index = read.indexOf(portfolio);
            CompanyIndexTest.assertSameIndex(index, CompanyIndex.of(portfolio), portfolio);
            assertThat(index.names).hasSize(portfolio.companies().size());
        }
    }

    @Test
    void aPortfolioItWasNotToldOfInFullHasNoIndexFromIt() throws Exception {
        try (ReadingIndex read = new ReadingIndex(() -> { })) {
            Portfolio portfolio = new DealFileLoader(bytes -> { }, bytes -> { }, listener(read))
                    .load("portfolio.json", synthetic(300).getBytes(StandardCharsets.UTF_8));
            Portfolio fewer = new Portfolio(portfolio.inputs(), portfolio.companies(), portfolio.holdings(),
                    portfolio.deals().subList(1, portfolio.deals().size()));

            assertThat(read.indexOf(fewer)).isNull();
        }
    }

    private static ReadListener listener(ReadingIndex read) {
        return ReadListener.of(read::company, read::deal);
    }

    private static String synthetic(int deals) throws Exception {
        StringWriter text = new StringWriter();
        new SyntheticPortfolio(deals, 5).write(DealFileWriters.of(text, true));
        return text.toString();
    }
}
