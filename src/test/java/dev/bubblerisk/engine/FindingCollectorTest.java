package dev.bubblerisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Portfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingCollectorTest {

    @TempDir
    Path dir;

    @Test
    void aDealsDataGapsComeInOrderEachOnceWhateverOrderAndHowOftenTheyAreReported() throws Exception {
        // given: two rules reporting gaps on every deal out of order, some of them twice
        Path rules = Files.createDirectories(dir.resolve("rules/gaps"));
        Files.writeString(rules.resolve("gaps.drl"), """
                package gaps;

                import dev.bubblerisk.model.*;
                import dev.bubblerisk.ruleapi.*;

                global Findings findings;

                rule "later"
                    @id("later") @category("test") @points(0)
                when
                    $deal : Deal()
                then
                    findings.gap( $deal.id(), "zeta", "co-b", "revenue" );
                    findings.gap( $deal.id(), "alpha", "co-b", "revenue" );
                    findings.gap( $deal.id(), "zeta", "co-b", "revenue" );
                end

                rule "sooner"
                    @id("sooner") @category("test") @points(0)
                when
                    $deal : Deal()
                then
                    findings.gap( $deal.id(), "alpha", "co-b", "founded" );
                    findings.gap( $deal.id(), "zeta", "co-b", "revenue" );
                    findings.gap( $deal.id(), "alpha", "co-a", "revenue" );
                end
                """);
        RuleBase ruleBase = RuleBaseBuilder.build(RuleSource.fromDirectory(rules.getParent()));
        Portfolio portfolio = Scenario.load(dir, """
                as_of: 2025-10-31
                companies:
                  - id: co-a
                    name: A
                  - id: co-b
                    name: B
                deals:
                  - id: d1
                    flows:
                      - id: chips
                        type: purchase
                        from: co-a
                        to: co-b
                """);

        // when
        EngineResult result = RuleEngine.run(ruleBase, portfolio);

        // then
        assertThat(result.dataGapsOf("d1")).containsExactly(
                new DataGap("alpha", "co-a", "revenue"),
                new DataGap("alpha", "co-b", "founded"),
                new DataGap("alpha", "co-b", "revenue"),
                new DataGap("zeta", "co-b", "revenue"));
        assertThat(result.rulesFiredOn("d1")).containsExactlyInAnyOrder("later", "sooner");
    }
}
