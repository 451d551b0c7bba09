package dev.bubblerisk.report.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.report.SmallPortfolio;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DotGraphWriterTest {

    @Test
    void writesTheHandWrittenGoldenGraph() throws IOException {
        MoneyGraph graph = MoneyGraph.of(SmallPortfolio.portfolio(), List.of(SmallPortfolio.LOOP));
        StringWriter out = new StringWriter();

        new DotGraphWriter().write(graph, List.of("bubblerisk money-flow graph", "engine: bubblerisk 0.1.0, Drools 10.2.0",
                "input: src/test/resources/reports/small-portfolio.yaml, sha256 "
                        + "da015d1a18c1646e31ee98f65e6cab521eef61a36ec4d9a8dbe63d908fefe433"), out);

        assertThat(out.toString()).isEqualTo(SmallPortfolio.golden("small-portfolio.dot"));
    }
}
