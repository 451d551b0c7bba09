package dev.bubblerisk.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.model.Portfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML 1.1 reads on, off, yes and no as booleans; where the format wants text, they stay the words written. */
class YamlSpellingsTest {

    @TempDir
    Path dir;

    @Test
    void keepsBooleanSpellingsAsTextWhereTextIsExpected() throws Exception {
        Path file = dir.resolve("deals.yaml");
        Files.writeString(file, """
                as_of: 2025-10-31
                companies:
                  - {id: no, name: Yes}
                  - {id: off, name: "Off Inc"}
                deals:
                  - id: on
                    title: yes
                    binding: no
                    flows: [{id: on, type: purchase, from: no, to: off}]
                """);

        Portfolio portfolio = new DealFileLoader().load(List.of(file));

        assertThat(portfolio.companies()).extracting(company -> company.id() + "=" + company.name())
                .containsExactly("no=Yes", "off=Off Inc");
        assertThat(portfolio.deals().get(0).id()).isEqualTo("on");
        assertThat(portfolio.deals().get(0).title()).isEqualTo("yes");
        assertThat(portfolio.deals().get(0).binding()).isFalse();
        assertThat(portfolio.deals().get(0).flows().get(0).from()).isEqualTo("no");
    }

    @Test
    void readsTrueAndFalseInQuotesAsBooleans() throws Exception {
        Path file = dir.resolve("deals.json");
        Files.writeString(file, """
                {"as_of": "2025-10-31",
                 "companies": [{"id": "a", "name": "A", "listed": "TRUE"}, {"id": "b", "name": "B"}],
                 "deals": [{"id": "d", "binding": "false", "flows": [{"id": "f", "type": "purchase", "from": "a", "to": "b"}]}]}
                """);

        Portfolio portfolio = new DealFileLoader().load(List.of(file));

        assertThat(portfolio.deals().get(0).binding()).isFalse();
        assertThat(portfolio.companies().get(0).listed()).isTrue();
    }
}
