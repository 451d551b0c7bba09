package dev.bubblerisk.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.assertj.core.groups.Tuple.tuple;

import dev.bubblerisk.model.Company;
import dev.bubblerisk.model.CustomerShare;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.FlowType;
import dev.bubblerisk.model.Holding;
import dev.bubblerisk.model.InputFile;
import dev.bubblerisk.model.PartialDate;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.model.Reaction;
import dev.bubblerisk.model.SourceLocation;
import dev.bubblerisk.yaml.Diagnostic;
import dev.bubblerisk.yaml.Problems;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading deal files (PRODUCT.md section 3) into one portfolio, and reporting every problem with its place. */
class DealFileLoaderTest {

    @TempDir
    Path dir;

    /** A file using every part of format v1; the line numbers asserted below are those of this text. */
    private static final String FULL_YAML = """
            format: bubblerisk/v1
            as_of: 2025-10-31
            currency: USD
            companies:
              - id: openai
                name: OpenAI
                listed: false
                founded: 2015
                financials:
                  period: FY2025E
                  revenue: 13B
                  net_income: -5B
                market_cap: 500B
              - id: nvidia
                name: NVIDIA
                listed: true
                top_customers:
                  - company: openai
                    share: 12%
              - id: amd
                name: AMD
            holdings:
              - holder: nvidia
                company: openai
                stake: 2%
                since: 2024-10
            deals:
              - id: nvidia-openai-2025-09
                title: NVIDIA–OpenAI 10 GW partnership
                announced: 2025-09-22
                term_years: 5
                flows:
                  - id: systems
                    type: purchase
                    from: openai
                    to: nvidia
                    amount: 350B
                    quantity: 10 GW
                  - id: stake
                    type: investment
                    from: nvidia
                    to: openai
                    amount: $100B
                    tied_to: systems
                reactions:
                  - company: nvidia
                    change: +4%
                sources:
                  - "Press release, 2025-09-22"
              - id: amd-openai-2025-10
                announced: 2025-10
                binding: false
                flows:
                  - id: gpus
                    type: purchase
                    from: openai
                    to: amd
                  - id: warrants
                    type: warrant
                    from: amd
                    to: openai
                    shares: 160000000
                    tied_to: gpus
            """;

    /** The same facts as {@link #FULL_YAML}, in JSON and partly in other value syntaxes (numbers for amounts, fractions for shares). */
    private static final String FULL_JSON = """
            {
              "format": "bubblerisk/v1",
              "as_of": "2025-10-31",
              "currency": "USD",
              "companies": [
                {"id": "openai", "name": "OpenAI", "listed": false, "founded": 2015,
                 "financials": {"period": "FY2025E", "revenue": "13B", "net_income": -5000000000},
                 "market_cap": 500000000000},
                {"id": "nvidia", "name": "NVIDIA", "listed": true,
                 "top_customers": [{"company": "openai", "share": 0.12}]},
                {"id": "amd", "name": "AMD"}
              ],
              "holdings": [{"holder": "nvidia", "company": "openai", "stake": "2%", "since": "2024-10"}],
              "deals": [
                {"id": "nvidia-openai-2025-09", "title": "NVIDIA–OpenAI 10 GW partnership",
                 "announced": "2025-09-22", "term_years": 5,
                 "flows": [
                   {"id": "systems", "type": "purchase", "from": "openai", "to": "nvidia", "amount": "350B", "quantity": "10 GW"},
                   {"id": "stake", "type": "investment", "from": "nvidia", "to": "openai", "amount": "$100B", "tied_to": "systems"}
                 ],
                 "reactions": [{"company": "nvidia", "change": 0.04}],
                 "sources": ["Press release, 2025-09-22"]},
                {"id": "amd-openai-2025-10", "announced": "2025-10", "binding": false,
                 "flows": [
                   {"id": "gpus", "type": "purchase", "from": "openai", "to": "amd"},
                   {"id": "warrants", "type": "warrant", "from": "amd", "to": "openai", "shares": 160000000, "tied_to": "gpus"}
                 ]}
              ]
            }
            """;

    private static final String COMPANIES_YAML = """
            as_of: 2025-10-31
            companies:
              - id: openai
                name: OpenAI
              - id: nvidia
                name: NVIDIA
            """;

    private static final String DEALS_YAML = """
            as_of: 2025-10-31
            deals:
              - id: nvidia-openai-2025-09
                flows:
                  - id: systems
                    type: purchase
                    from: openai
                    to: nvidia
                    amount: 350B
            """;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Portfolio load(Path... files) throws InvalidInputException {
        return new DealFileLoader().load(List.of(files));
    }

    private static InvalidInputException failureOf(Path... files) {
        InvalidInputException failure = catchThrowableOfType(InvalidInputException.class, () -> load(files));
        assertThat(failure).as("loading must fail with InvalidInputException").isNotNull();
        return failure;
    }

    private static List<String> diagnosticsOf(Path... files) {
        return failureOf(files).diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static Company company(Portfolio portfolio, String id) {
        return portfolio.companies().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Deal deal(Portfolio portfolio, String id) {
        return portfolio.deals().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static Flow flow(Deal deal, String id) {
        return deal.flows().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Nested
    class AValidFile {

        @Test
        void tellsHowManyBytesItHasReadAsItGoes() throws Exception {
            Path first = write("ai.yaml", FULL_YAML);
            Path second = write("later.yaml", "as_of: 2025-11-01\n");
            List<Long> counts = new ArrayList<>();

            new DealFileLoader(counts::add).load(List.of(first, second));

            assertThat(counts).allMatch(count -> count > 0);
            assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(Files.size(first) + Files.size(second));
        }

        @Test
        void givesEachFilesBytesToBeWrittenOverOnceTheyAreParsed() throws Exception {
            Path first = write("ai.yaml", FULL_YAML);
            Path second = write("later.yaml", "as_of: 2025-11-01\n");
            List<byte[]> spent = new ArrayList<>();

            Portfolio portfolio = new DealFileLoader(count -> { }, bytes -> {
                spent.add(bytes);
                java.util.Arrays.fill(bytes, (byte) '#'); // what a caller may do with them
            }).load(List.of(first, second));

            assertThat(spent).hasSize(2);
            assertThat(spent.get(0)).hasSize((int) Files.size(first));
            assertThat(spent.get(1)).hasSize((int) Files.size(second));
            assertThat(portfolio.inputs()).extracting(InputFile::sha256)
                    .as("hashed before they were given")
                    .containsExactly(sha256(Files.readAllBytes(first)), sha256(Files.readAllBytes(second)));
            assertThat(portfolio.companies()).extracting(Company::id).containsExactly("openai", "nvidia", "amd");
        }

        @Test
        void loadsCompaniesInFileOrder() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);

            // when
            Portfolio portfolio = load(file);

            // then
            assertThat(portfolio.companies()).extracting(Company::id, Company::name, Company::listed, Company::founded)
                    .containsExactly(
                            tuple("openai", "OpenAI", false, 2015),
                            tuple("nvidia", "NVIDIA", true, null),
                            tuple("amd", "AMD", null, null));
        }

        @Test
        void loadsFinancialsAndMarketCapAsExactAmounts() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);

            // when
            Company openai = company(load(file), "openai");

            // then
            assertThat(openai.marketCap()).isEqualByComparingTo("500000000000");
            assertThat(openai.financials().period()).isEqualTo("FY2025E");
            assertThat(openai.financials().revenue()).isEqualByComparingTo("13000000000");
            assertThat(openai.financials().netIncome()).isEqualByComparingTo("-5000000000");
            assertThat(openai.financials().cash()).isNull();
            assertThat(openai.has("cash")).isFalse();
            assertThat(openai.figure("revenue").period()).isEqualTo("FY2025E");
            assertThat(openai.figure("revenue").company()).isEqualTo("openai");
        }

        @Test
        void givesCompanyWithoutFinancialsNoFigures() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);

            // when
            Company amd = company(load(file), "amd");

            // then
            assertThat(amd.financials().figures()).isEmpty();
            assertThat(amd.financials().period()).isNull();
            assertThat(amd.marketCap()).isNull();
            assertThat(amd.topCustomers()).isEmpty();
        }

        @Test
        void loadsTopCustomersAsFractions() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);

            // when
            Company nvidia = company(load(file), "nvidia");

            // then
            assertThat(nvidia.topCustomers()).singleElement().satisfies(customer -> {
                assertThat(customer.supplier()).isEqualTo("nvidia");
                assertThat(customer.customer()).isEqualTo("openai");
                assertThat(customer.share()).isEqualByComparingTo("0.12");
            });
        }

        @Test
        void loadsHoldings() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);

            // when
            Portfolio portfolio = load(file);

            // then
            assertThat(portfolio.holdings()).singleElement().satisfies(holding -> {
                assertThat(holding.holder()).isEqualTo("nvidia");
                assertThat(holding.company()).isEqualTo("openai");
                assertThat(holding.stake()).isEqualByComparingTo("0.02");
                assertThat(holding.since()).isEqualTo(new PartialDate(2024, 10, 0));
            });
        }

        @Test
        void givesEveryMentionOfACompanyDefinedAboveItTheOneCopyOfItsId() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);

            // when
            Portfolio portfolio = load(file);

            // then
            String openai = company(portfolio, "openai").id();
            String nvidia = company(portfolio, "nvidia").id();
            Flow systems = flow(deal(portfolio, "nvidia-openai-2025-09"), "systems");
            assertThat(systems.from()).isSameAs(openai);
            assertThat(systems.to()).isSameAs(nvidia);
            assertThat(portfolio.holdings().get(0).holder()).isSameAs(nvidia);
            assertThat(portfolio.holdings().get(0).company()).isSameAs(openai);
            assertThat(company(portfolio, "nvidia").topCustomers().get(0).customer()).isSameAs(openai);
        }

        @Test
        void givesMentionsAboveACompanysDefinitionTheCopyOfItsIdTheDefinitionKeeps() throws Exception {
            // given: the deals, naming each company twice, before the companies
            Path file = write("ai.yaml", """
                    format: bubblerisk/v1
                    as_of: 2025-10-31
                    deals:
                      - id: nvidia-openai-2025-09
                        flows:
                          - id: systems
                            type: purchase
                            from: openai
                            to: nvidia
                            amount: 350B
                          - id: stake
                            type: investment
                            from: nvidia
                            to: openai
                            amount: 100B
                    companies:
                      - id: openai
                        name: OpenAI
                      - id: nvidia
                        name: NVIDIA
                    """);

            // when
            Portfolio portfolio = load(file);

            // then
            String openai = company(portfolio, "openai").id();
            String nvidia = company(portfolio, "nvidia").id();
            Deal deal = deal(portfolio, "nvidia-openai-2025-09");
            assertThat(flow(deal, "systems").from()).isSameAs(openai);
            assertThat(flow(deal, "systems").to()).isSameAs(nvidia);
            assertThat(flow(deal, "stake").from()).isSameAs(nvidia);
            assertThat(flow(deal, "stake").to()).isSameAs(openai);
        }

        @Test
        void loadsDealsWithPartialDatesAndBindingDefaultingToTrue() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);

            // when
            Portfolio portfolio = load(file);

            // then
            assertThat(portfolio.deals()).extracting(Deal::id).containsExactly("nvidia-openai-2025-09", "amd-openai-2025-10");
            Deal nvidia = deal(portfolio, "nvidia-openai-2025-09");
            assertThat(nvidia.title()).isEqualTo("NVIDIA–OpenAI 10 GW partnership");
            assertThat(nvidia.announced()).isEqualTo(new PartialDate(2025, 9, 22));
            assertThat(nvidia.binding()).isTrue();
            assertThat(nvidia.termYears()).isEqualByComparingTo("5");
            assertThat(nvidia.sources()).containsExactly("Press release, 2025-09-22");
            Deal amd = deal(portfolio, "amd-openai-2025-10");
            assertThat(amd.announced()).isEqualTo(new PartialDate(2025, 10, 0));
            assertThat(amd.binding()).isFalse();
            assertThat(amd.termYears()).isNull();
            assertThat(amd.reactions()).isEmpty();
            assertThat(amd.sources()).isEmpty();
        }

        @Test
        void loadsFlowsWithTheirDirectionAmountsAndTies() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);

            // when
            Portfolio portfolio = load(file);

            // then
            assertThat(portfolio.flows()).extracting(Flow::dealId, Flow::id, Flow::type, Flow::from, Flow::to, Flow::tiedTo)
                    .containsExactly(
                            tuple("nvidia-openai-2025-09", "systems", FlowType.PURCHASE, "openai", "nvidia", null),
                            tuple("nvidia-openai-2025-09", "stake", FlowType.INVESTMENT, "nvidia", "openai", "systems"),
                            tuple("amd-openai-2025-10", "gpus", FlowType.PURCHASE, "openai", "amd", null),
                            tuple("amd-openai-2025-10", "warrants", FlowType.WARRANT, "amd", "openai", "gpus"));
            Deal nvidia = deal(portfolio, "nvidia-openai-2025-09");
            assertThat(flow(nvidia, "systems").amount()).isEqualByComparingTo("350000000000");
            assertThat(flow(nvidia, "systems").quantity()).isEqualTo("10 GW");
            assertThat(flow(nvidia, "stake").amount()).isEqualByComparingTo("100000000000");
            Deal amd = deal(portfolio, "amd-openai-2025-10");
            assertThat(flow(amd, "gpus").amount()).as("an undisclosed amount stays unknown, not zero").isNull();
            assertThat(flow(amd, "gpus").hasAmount()).isFalse();
            assertThat(flow(amd, "warrants").shares()).isEqualByComparingTo("160000000");
        }

        @Test
        void loadsReactionsAsFractions() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);

            // when
            Deal nvidia = deal(load(file), "nvidia-openai-2025-09");

            // then
            assertThat(nvidia.reactions()).singleElement().satisfies(reaction -> {
                assertThat(reaction.dealId()).isEqualTo("nvidia-openai-2025-09");
                assertThat(reaction.company()).isEqualTo("nvidia");
                assertThat(reaction.change()).isEqualByComparingTo("0.04");
            });
        }

        @Test
        void recordsTheInputFileWithItsDigestAndDate() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);
            String expectedSha256 = HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(FULL_YAML.getBytes(StandardCharsets.UTF_8)));

            // when
            Portfolio portfolio = load(file);

            // then
            assertThat(portfolio.inputs()).singleElement().satisfies(input -> {
                assertThat(input.path()).isEqualTo(file.toString());
                assertThat(input.sha256()).isEqualTo(expectedSha256);
                assertThat(input.asOf()).isEqualTo(LocalDate.of(2025, 10, 31));
            });
        }

        @Test
        void readsYamlYesAsTrueNeverAsFalse() throws Exception {
            // given: YAML 1.1 (which the parser follows) reads yes/no/on/off as booleans
            Path file = write("yes.yaml", """
                    as_of: 2025-10-31
                    companies:
                      - {id: a, name: A, listed: yes}
                      - {id: b, name: B, listed: on}
                    deals:
                      - id: d
                        binding: yes
                        flows:
                          - {id: f, type: purchase, from: a, to: b}
                    """);

            // when
            Portfolio portfolio = load(file);

            // then
            assertSoftly(softly -> {
                softly.assertThat(deal(portfolio, "d").binding()).as("binding: yes").isTrue();
                softly.assertThat(company(portfolio, "a").listed()).as("listed: yes").isTrue();
                softly.assertThat(company(portfolio, "b").listed()).as("listed: on").isTrue();
            });
        }

        @Test
        void readsTheSameFileAsJsonToTheSamePortfolio() throws Exception {
            // given
            Path yaml = write("ai.yaml", FULL_YAML);
            Path json = write("ai.json", FULL_JSON);

            // when
            Portfolio fromYaml = load(yaml);
            Portfolio fromJson = load(json);

            // then
            assertThat(fromJson.companies()).usingRecursiveComparison()
                    .ignoringFieldsOfTypes(SourceLocation.class)
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(fromYaml.companies());
            assertThat(fromJson.holdings()).usingRecursiveComparison()
                    .ignoringFieldsOfTypes(SourceLocation.class)
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(fromYaml.holdings());
            assertThat(fromJson.deals()).usingRecursiveComparison()
                    .ignoringFieldsOfTypes(SourceLocation.class)
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(fromYaml.deals());
            assertThat(fromJson.flows().toList()).usingRecursiveComparison()
                    .ignoringFieldsOfTypes(SourceLocation.class)
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(fromYaml.flows().toList());
            assertThat(fromJson.flows()).hasSize(4);
        }

        @Test
        void locatesJsonElementsOnTheirOwnLines() throws Exception {
            // given
            Path json = write("ai.json", FULL_JSON);

            // when
            Portfolio portfolio = load(json);

            // then: lines of FULL_JSON where each object opens
            assertThat(company(portfolio, "openai").location().line()).isEqualTo(6);
            assertThat(company(portfolio, "amd").location().line()).isEqualTo(11);
            assertThat(deal(portfolio, "nvidia-openai-2025-09").location().line()).isEqualTo(15);
            assertThat(flow(deal(portfolio, "amd-openai-2025-10"), "warrants").location().line()).isEqualTo(26);
            assertThat(portfolio.inputs().get(0).path()).isEqualTo(json.toString());
        }
    }

    @Nested
    class Locations {

        @Test
        void locatesCompaniesAtTheirFirstField() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);

            // when
            Portfolio portfolio = load(file);

            // then
            assertThat(portfolio.companies()).extracting(Company::location).containsExactly(
                    new SourceLocation(file.toString(), 5, 5),
                    new SourceLocation(file.toString(), 14, 5),
                    new SourceLocation(file.toString(), 20, 5));
        }

        @Test
        void locatesHoldingsDealsFlowsReactionsAndCustomers() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);

            // when
            Portfolio portfolio = load(file);

            // then
            assertThat(portfolio.holdings()).extracting(Holding::location)
                    .containsExactly(new SourceLocation(file.toString(), 23, 5));
            assertThat(portfolio.deals()).extracting(Deal::location).containsExactly(
                    new SourceLocation(file.toString(), 28, 5),
                    new SourceLocation(file.toString(), 50, 5));
            assertThat(portfolio.flows()).extracting(Flow::location).containsExactly(
                    new SourceLocation(file.toString(), 33, 9),
                    new SourceLocation(file.toString(), 39, 9),
                    new SourceLocation(file.toString(), 54, 9),
                    new SourceLocation(file.toString(), 58, 9));
            assertThat(deal(portfolio, "nvidia-openai-2025-09").reactions()).extracting(Reaction::location)
                    .containsExactly(new SourceLocation(file.toString(), 46, 9));
            assertThat(company(portfolio, "nvidia").topCustomers()).extracting(CustomerShare::location)
                    .containsExactly(new SourceLocation(file.toString(), 18, 9));
        }

        @Test
        void keepsEachFinancialFigureOnItsOwnLine() throws Exception {
            // given
            Path file = write("ai.yaml", FULL_YAML);

            // when
            Company openai = company(load(file), "openai");

            // then: the value of "revenue: 13B" on line 11, of "net_income: -5B" on line 12
            assertThat(openai.figure("revenue").location()).isEqualTo(new SourceLocation(file.toString(), 11, 16));
            assertThat(openai.figure("net_income").location()).isEqualTo(new SourceLocation(file.toString(), 12, 19));
        }

        @Test
        void locatesElementsOfEachFileInThatFile() throws Exception {
            // given
            Path companies = write("companies.yaml", COMPANIES_YAML);
            Path deals = write("deals.yaml", DEALS_YAML);

            // when
            Portfolio portfolio = load(companies, deals);

            // then
            assertThat(company(portfolio, "nvidia").location()).isEqualTo(new SourceLocation(companies.toString(), 5, 5));
            Deal deal = deal(portfolio, "nvidia-openai-2025-09");
            assertThat(deal.location()).isEqualTo(new SourceLocation(deals.toString(), 3, 5));
            assertThat(flow(deal, "systems").location()).isEqualTo(new SourceLocation(deals.toString(), 5, 9));
        }
    }

    @Nested
    class SeveralFiles {

        @Test
        void mergesFilesInTheOrderGiven() throws Exception {
            // given
            Path companies = write("companies.yaml", COMPANIES_YAML);
            Path deals = write("deals.yaml", DEALS_YAML);

            // when
            Portfolio portfolio = load(companies, deals);

            // then
            assertThat(portfolio.inputs()).extracting(InputFile::path)
                    .containsExactly(companies.toString(), deals.toString());
            assertThat(portfolio.companies()).extracting(Company::id).containsExactly("openai", "nvidia");
            assertThat(portfolio.deals()).extracting(Deal::id).containsExactly("nvidia-openai-2025-09");
            assertThat(portfolio.flows()).extracting(Flow::from, Flow::to)
                    .containsExactly(tuple("openai", "nvidia"));
        }

        @Test
        void resolvesReferenceToCompanyDefinedInAnEarlierFile() throws Exception {
            // given
            Path companies = write("a/companies.yaml", COMPANIES_YAML);
            Path deals = write("b/deals.yaml", DEALS_YAML);

            // when
            Portfolio portfolio = load(companies, deals);

            // then
            assertThat(portfolio.flows()).hasSize(1);
        }

        @Test
        void resolvesReferenceToCompanyDefinedInALaterFile() throws Exception {
            // given
            Path companies = write("companies.yaml", COMPANIES_YAML);
            Path deals = write("deals.yaml", DEALS_YAML);

            // when
            Portfolio portfolio = load(deals, companies);

            // then
            assertThat(portfolio.flows()).hasSize(1);
            assertThat(portfolio.companies()).extracting(Company::id).containsExactly("openai", "nvidia");
        }

        @Test
        void rejectsReferencesWhenTheCompaniesFileIsNotGiven() throws Exception {
            // given
            Path deals = write("deals.yaml", DEALS_YAML);

            // when
            List<String> diagnostics = diagnosticsOf(deals);

            // then
            assertThat(diagnostics).containsExactly(
                    deals + ":7:15: 'from' names an undefined company 'openai'",
                    deals + ":8:13: 'to' names an undefined company 'nvidia'");
        }

        @Test
        void rejectsCompanyIdDefinedAgainInASecondFileNamingTheFirstPlace() throws Exception {
            // given
            Path companies = write("companies.yaml", COMPANIES_YAML);
            Path more = write("more.yaml", """
                    as_of: 2025-10-31
                    companies:
                      - id: amd
                        name: AMD
                      - id: openai
                        name: OpenAI again
                    """);

            // when
            List<String> diagnostics = diagnosticsOf(companies, more);

            // then
            assertThat(diagnostics).containsExactly(
                    more + ":5:5: duplicate company id 'openai' (first defined at " + companies + ":3:5)");
        }

        @Test
        void rejectsDealIdDefinedAgainInASecondFileNamingTheFirstPlace() throws Exception {
            // given
            Path companies = write("companies.yaml", COMPANIES_YAML);
            Path deals = write("deals.yaml", DEALS_YAML);
            Path again = write("again.yaml", DEALS_YAML);

            // when
            List<String> diagnostics = diagnosticsOf(companies, deals, again);

            // then
            assertThat(diagnostics).containsExactly(
                    again + ":3:5: duplicate deal id 'nvidia-openai-2025-09' (first defined at " + deals + ":3:5)");
        }

        @Test
        void rejectsCompanyIdDefinedTwiceInOneFileNamingTheFirstLine() throws Exception {
            // given
            Path file = write("twice.yaml", """
                    as_of: 2025-10-31
                    companies:
                      - id: nvidia
                        name: NVIDIA
                      - id: amd
                        name: AMD
                      - id: nvidia
                        name: NVIDIA Corporation
                    """);

            // when
            List<String> diagnostics = diagnosticsOf(file);

            // then
            assertThat(diagnostics).containsExactly(
                    file + ":7:5: duplicate company id 'nvidia' (first defined at line 3)");
        }

        @Test
        void allowsTheSameFlowIdInDifferentDeals() throws Exception {
            // given
            Path companies = write("companies.yaml", COMPANIES_YAML);
            Path deals = write("deals.yaml", DEALS_YAML);
            Path other = write("other.yaml", DEALS_YAML.replace("nvidia-openai-2025-09", "nvidia-openai-2026-01"));

            // when
            Portfolio portfolio = load(companies, deals, other);

            // then
            assertThat(portfolio.flows()).extracting(Flow::ref)
                    .containsExactly("nvidia-openai-2025-09/systems", "nvidia-openai-2026-01/systems");
        }

        @Test
        void hintsTheClosestCompanyForAMisspelledReference() throws Exception {
            // given
            Path companies = write("companies.yaml", COMPANIES_YAML);
            Path deals = write("deals.yaml", DEALS_YAML.replace("to: nvidia", "to: nvidai"));

            // when
            List<String> diagnostics = diagnosticsOf(companies, deals);

            // then
            assertThat(diagnostics).containsExactly(
                    deals + ":8:13: 'to' names an undefined company 'nvidai' (did you mean 'nvidia'?)");
        }

        @Test
        void reportsProblemsOfEveryFileSortedByFile() throws Exception {
            // given
            Path first = write("a.yaml", """
                    as_of: 2025-10-31
                    currency: EUR
                    """);
            Path second = write("b.yaml", """
                    as_of: 2025-10
                    """);

            // when
            List<String> diagnostics = diagnosticsOf(second, first);

            // then
            assertThat(diagnostics).containsExactly(
                    first + ":2:11: 'currency' must be USD (the only currency of format v1), got 'EUR'",
                    second + ":1:8: 'as_of' must be a full date like 2025-10-31, got '2025-10'");
        }
    }

    @Nested
    class Reporting {

        /** Three independent errors, written so that the reader meets them out of line order (companies are read first). */
        private static final String THREE_ERRORS = """
                as_of: 2025-10-31
                deals:
                  - id: d1
                    announced: 2025-02-30
                    flows:
                      - id: f1
                        type: purchase
                        from: a
                        to: b
                        ammount: 5B
                companies:
                  - id: a
                    name: A
                    founded: soon
                  - id: b
                    name: B
                """;

        @Test
        void reportsEveryProblemOfAFileAtOnceSortedByLine() throws Exception {
            // given
            Path file = write("three.yaml", THREE_ERRORS);

            // when
            List<String> diagnostics = diagnosticsOf(file);

            // then
            assertThat(diagnostics).containsExactly(
                    file + ":4:16: 'announced' is not a real date: '2025-02-30'",
                    file + ":10:9: unknown field 'ammount' in flow (did you mean 'amount'?)",
                    file + ":14:14: 'founded' must be a year like 2015, got 'soon'");
        }

        @Test
        void refusesAFileLargerThanTheLimitBeforeReadingIt() throws Exception {
            // given: a file one byte past the limit, with no blocks on disk (sparse)
            Path file = dir.resolve("huge.yaml");
            try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength((1L << 30) + 1);
            }

            // when
            List<String> diagnostics = diagnosticsOf(file);

            // then
            assertThat(diagnostics).containsExactly(file + ":1:1: the file has 1073741825 bytes; deal files are limited"
                    + " to 1073741824 (split the portfolio into several files)");
        }

        @Test
        void listsProblemsInTheExceptionMessageInLineOrderToo() throws Exception {
            // given
            Path file = write("three.yaml", THREE_ERRORS);

            // when
            InvalidInputException failure = catchThrowableOfType(InvalidInputException.class,
                    () -> new DealFileLoader().load(List.of(file)));

            // then
            assertThat(failure.getMessage().lines().map(line -> line.split(":")[1]).toList())
                    .containsExactly("4", "10", "14");
        }

        @Test
        void capsTheNumberOfProblemsShownAndCountsTheRest() throws Exception {
            // given: a file with a thousand unknown top-level fields
            int unknown = 1000;
            String yaml = "as_of: 2025-10-31\n" + IntStream.range(0, unknown)
                    .mapToObj(i -> "field" + i + ": x\n").collect(Collectors.joining());
            Path file = write("flood.yaml", yaml);

            // when
            List<String> diagnostics = diagnosticsOf(file);

            // then
            int shown = Problems.LIMIT;
            assertThat(diagnostics).hasSize(shown + 1);
            assertThat(diagnostics.get(0)).isEqualTo(file + ":2:1: unknown field 'field0' in a deal file "
                    + "(expected one of: format, as_of, currency, companies, holdings, deals)");
            assertThat(diagnostics.get(shown - 1)).startsWith(file + ":" + (shown + 1) + ":1: unknown field 'field" + (shown - 1) + "'");
            assertThat(diagnostics.get(shown)).isEqualTo(file + ":" + (shown + 2) + ":1: "
                    + (unknown - shown) + " more problems not shown (the first " + shown + " are above)");
        }

        @Test
        void keepsTheClosingLineLastWhenTheDroppedProblemIsInAFileThatSortsFirst() throws Exception {
            // given: b.yaml, named first, fills the limit; a.yaml's one problem is the first past it
            String flood = "as_of: 2025-10-31\n" + IntStream.range(0, Problems.LIMIT)
                    .mapToObj(i -> "field" + i + ": x\n").collect(Collectors.joining());
            Path b = write("b.yaml", flood);
            Path a = write("a.yaml", "as_of: 2025-10-31\nnotes: hello\n");

            // when
            List<String> diagnostics = diagnosticsOf(b, a);

            // then
            assertThat(diagnostics).hasSize(Problems.LIMIT + 1);
            assertThat(diagnostics.get(0)).startsWith(b + ":2:1: unknown field 'field0'");
            assertThat(diagnostics.get(Problems.LIMIT)).endsWith("1 more problems not shown (the first " + Problems.LIMIT + " are above)");
        }

        @Test
        void reportsNothingFromAFileWithoutProblemsWhenAnotherFileHasSome() throws Exception {
            // given
            Path good = write("good.yaml", COMPANIES_YAML);
            Path bad = write("bad.yaml", "as_of: 2025-10-31\nnotes: hello\n");

            // when
            List<String> diagnostics = diagnosticsOf(good, bad);

            // then
            assertThat(diagnostics).containsExactly(bad + ":2:1: unknown field 'notes' in a deal file "
                    + "(expected one of: format, as_of, currency, companies, holdings, deals)");
        }
    }

    @Nested
    class DirectoryExpansion {

        @Test
        void readsADirectoryRecursivelyForDealFilesInSortedOrder() throws Exception {
            // given
            Path root = dir.resolve("deals");
            Path a = write("deals/a.yaml", "");
            Path c = write("deals/c.json", "");
            Path b = write("deals/sub/b.yml", "");
            Path d = write("deals/sub/deeper/d.yaml", "");
            Path z = write("deals/z.yml", "");

            // when
            List<Path> found = DealFileFinder.find(List.of(root));

            // then
            assertThat(found).containsExactly(a, c, b, d, z);
        }

        @Test
        void skipsHiddenEntriesAndOtherExtensions() throws Exception {
            // given
            Path root = dir.resolve("deals");
            Path kept = write("deals/kept.yaml", "");
            write("deals/.hidden.yaml", "");
            write("deals/.git/config.yaml", "");
            write("deals/sub/.draft/d.json", "");
            write("deals/notes.txt", "");
            write("deals/README.md", "");
            write("deals/deal.yaml.bak", "");

            // when
            List<Path> found = DealFileFinder.find(List.of(root));

            // then
            assertThat(found).containsExactly(kept);
        }

        @Test
        void keepsAFileNamedDirectlyWhateverItsExtension() throws Exception {
            // given
            Path file = write("deals.txt", "");

            // when
            List<Path> found = DealFileFinder.find(List.of(file));

            // then
            assertThat(found).containsExactly(file);
        }

        @Test
        void listsAFileNamedTwiceOnce() throws Exception {
            // given
            Path file = write("deals/a.yaml", "");

            // when
            List<Path> found = DealFileFinder.find(List.of(file, dir.resolve("deals"), file));

            // then
            assertThat(found).containsExactly(file);
        }

        @Test
        void rejectsAMissingPath() {
            // given
            Path missing = dir.resolve("no-such.yaml");

            // when / then
            assertThatThrownBy(() -> DealFileFinder.find(List.of(missing)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(missing + ": no such file or directory");
        }

        @Test
        void rejectsAnEmptyDirectory() throws Exception {
            // given
            Path empty = Files.createDirectory(dir.resolve("empty"));

            // when / then
            assertThatThrownBy(() -> DealFileFinder.find(List.of(empty)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(empty + ": no deal files (*.yaml, *.yml, *.json) in this directory");
        }

        @Test
        void rejectsADirectoryHoldingOnlyHiddenOrOtherFiles() throws Exception {
            // given
            Path root = dir.resolve("deals");
            write("deals/.hidden.yaml", "");
            write("deals/notes.txt", "");

            // when / then
            assertThatThrownBy(() -> DealFileFinder.find(List.of(root)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no deal files");
        }

        @Test
        void loadsEveryFileFoundInADirectory() throws Exception {
            // given
            write("deals/1-companies.yaml", COMPANIES_YAML);
            write("deals/2023/deals.yaml", DEALS_YAML);
            write("deals/notes.txt", "not a deal file");

            // when
            Portfolio portfolio = new DealFileLoader().load(DealFileFinder.find(List.of(dir.resolve("deals"))));

            // then
            assertThat(portfolio.inputs()).hasSize(2);
            assertThat(portfolio.flows()).extracting(Flow::ref).containsExactly("nvidia-openai-2025-09/systems");
        }
    }
}
