package dev.bubblerisk.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.bubblerisk.model.Sha256;
import dev.bubblerisk.report.graph.MoneyGraph;
import dev.bubblerisk.report.graph.SvgGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * One self-contained HTML file for a reviewer: summary, sortable deal table, the money-flow graph
 * as inline SVG, a card per deal with its reasons and the input lines quoted, data gaps, and the
 * audit stamp. No network loads: the style, the script and the graph are inline, and the page's
 * Content-Security-Policy forbids fetching anything and runs only its own script.
 */
final class HtmlReportWriter implements ReportWriter {

    private static final String ROOT = "dev/bubblerisk/report/html/";

    @Override
    public void write(Report report, Writer out) throws IOException {
        MoneyGraph graph = MoneyGraph.of(report.portfolio(), report.cycles());
        Map<String, Object> scope = Map.of(
                "report", HtmlView.of(report, SvgGraph.drawable(graph) ? SvgGraph.of(graph) : null),
                "maxCompanies", SvgGraph.MAX_COMPANIES,
                "style", Page.STYLE,
                "script", Page.SCRIPT,
                "scriptHash", "sha256-" + sha256(Page.SCRIPT));
        Page.TEMPLATE.execute(out, scope);
        out.flush();
    }

    /** The template, style and script, read when the first HTML report is written rather than on every run. */
    private static final class Page {
        static final Mustache TEMPLATE = new DefaultMustacheFactory(ROOT).compile("report.html.mustache");
        static final String STYLE = resource("report.css");
        static final String SCRIPT = resource("report.js");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSP hash of the inline script: base64 of its SHA-256. */
    private static String sha256(String text) {
        return Base64.getEncoder().encodeToString(Sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
