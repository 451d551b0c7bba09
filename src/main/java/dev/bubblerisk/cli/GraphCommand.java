package dev.bubblerisk.cli;

import dev.bubblerisk.engine.LoopSearch;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.report.AuditStamp;
import dev.bubblerisk.report.Report;
import dev.bubblerisk.report.graph.GraphFormat;
import dev.bubblerisk.report.graph.MoneyGraph;
import dev.bubblerisk.report.graph.SvgGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code graph}: the money-flow graph of deal files, loops of value highlighted. Loops do not
 * depend on any rule, so no ruleset is compiled: the graph is drawn from the input alone.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Draw the money-flow graph: companies, the value between them, loops of value highlighted.")
final class GraphCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Deal files, or directories read recursively for *.yaml, *.yml, *.json.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "svg",
            description = "dot (Graphviz) or svg, laid out (default: ${DEFAULT-VALUE}).")
    GraphFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the graph to FILE (atomically) instead of stdout.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> files = DealInputs.find(inputs);
        Portfolio portfolio = DealInputs.load(files);
        LoopSearch loops = LoopSearch.of(portfolio);
        if (loops.truncated()) {
            Scoring.warnTruncated(loops.cycles().size(), "the graph highlights only those", spec.commandLine().getErr());
        }
        MoneyGraph graph = MoneyGraph.of(portfolio, loops.cycles());
        if (format == GraphFormat.SVG && !SvgGraph.drawable(graph)) {
            throw new UsageException("--format svg: " + graph.nodes().size() + " companies are more than an SVG layout draws ("
                    + SvgGraph.MAX_COMPANIES + "); use --format dot and Graphviz");
        }
        List<String> stamp = new ArrayList<>();
        stamp.add("bubblerisk money-flow graph");
        stamp.addAll(new AuditStamp(new Report.Engine(BuildInfo.version(), BuildInfo.droolsVersion()), null,
                portfolio.inputs()).lines());
        ReportOutput.write(output, files, spec.commandLine().getOut(), out -> format.writer().write(graph, stamp, out));
        return ExitCode.OK;
    }
}
