package dev.bubblerisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Portfolio;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a reviewer sees it: rendered by headless Chromium, its script run under the
 * page's own Content-Security-Policy, the graph and the table measured in the page and then found
 * drawn in a screenshot. Skipped when no Chromium is installed ({@code .ci/run} installs it).
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String FIXTURE = "fixtures/ai-compute-2025.yaml";
    private static final int WIDTH = 1400;
    /** The page's loop colour, #d32f2f, as the border of companies on a loop. */
    private static final int[] LOOP_RED = {0xd3, 0x2f, 0x2f};

    /**
     * Runs after the page's own script; records where the graph and the table are, sorts the table
     * by deal and picks out the first loop, the way a reviewer would click.
     */
    private static final String PROBE = """
            (function () {
              function box(selector) {
                var r = document.querySelector(selector).getBoundingClientRect();
                return [r.left, r.top + window.scrollY, r.width, r.height].map(Math.round).join(',');
              }
              var out = ['graph=' + box('#graph svg.money-graph'), 'table=' + box('table.deals')];
              out.push('nodes=' + document.querySelectorAll('svg.money-graph g.node').length);
              out.push('loopNodes=' + document.querySelectorAll('svg.money-graph g.node.on-loop').length);
              document.querySelectorAll('table.deals thead th')[1].click();
              out.push('firstDeal=' + document.querySelector('table.deals tbody td:nth-child(2)').textContent.trim());
              document.querySelector('[data-loop]').click();
              out.push('focused=' + document.querySelectorAll('svg.money-graph .focused').length);
              var pre = document.createElement('pre');
              pre.id = 'probe';
              pre.textContent = out.join(';');
              document.body.appendChild(pre);
            })();
            """;

    @TempDir
    Path dir;

    private Path report;

    @BeforeEach
    void writeTheReport() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "no browser at " + CHROMIUM + ": install Debian's chromium package to run this test (.ci/run does)");
        report = dir.resolve("report.html");
        CliRun run = CliRun.of("score", "--format", "html", "--output", report.toString(), FIXTURE);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void thePagesScriptRunsAndTheGraphAndTableAreThere() throws Exception {
        Map<String, String> probe = probe();
        Portfolio portfolio = new DealFileLoader().load(List.of(Path.of(FIXTURE)));

        assertThat(probe.get("nodes")).isEqualTo(String.valueOf(portfolio.companies().size()));
        assertThat(Integer.parseInt(probe.get("loopNodes"))).isGreaterThanOrEqualTo(3);
        assertThat(probe.get("firstDeal")).as("the table sorted by deal")
                .isEqualTo(portfolio.deals().stream().map(Deal::id).sorted().findFirst().orElseThrow());
        assertThat(Integer.parseInt(probe.get("focused"))).as("parts of the first loop picked out").isGreaterThan(3);
    }

    @Test
    void theScreenshotShowsTheGraphWithItsLoopInRedAndTheTable() throws Exception {
        Map<String, String> probe = probe();
        int[] graph = box(probe.get("graph"));
        int[] table = box(probe.get("table"));
        assertThat(graph[2]).as("graph width").isGreaterThan(400);
        assertThat(table[3]).as("table height").isGreaterThan(300);
        int height = Math.max(graph[1] + graph[3], table[1] + table[3]) + 40;

        BufferedImage shot = screenshot(report, height);

        assertThat(shot.getWidth()).isEqualTo(WIDTH);
        assertThat(inkShare(shot, graph)).as("share of the graph's area drawn").isGreaterThan(0.03);
        assertThat(inkShare(shot, table)).as("share of the table's area drawn").isGreaterThan(0.03);
        assertThat(pixelsOf(shot, graph, LOOP_RED)).as("loop-red pixels in the graph").isGreaterThan(300);
    }

    /** The page with the probe appended, its hash added to the page's policy, printed by Chromium after scripts ran. */
    private Map<String, String> probe() throws Exception {
        String html = Files.readString(report);
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(PROBE.getBytes(StandardCharsets.UTF_8)));
        String probed = html.replaceFirst("script-src '(sha256-[^']+)'", "script-src '$1' 'sha256-" + hash + "'")
                .replace("</body>", "<script>" + PROBE + "</script>\n</body>");
        assertThat(probed).as("the page declares a script policy").contains("'sha256-" + hash + "'");
        Path page = dir.resolve("probed.html");
        Files.writeString(page, probed);
        String dom = chromium(List.of("--dump-dom", "--window-size=" + WIDTH + ",2000", page.toUri().toString()));
        Matcher found = Pattern.compile("<pre id=\"probe\">([^<]*)</pre>").matcher(dom);
        assertThat(found.find()).as("the probe ran; the page's DOM:\n%s", dom.length() > 2000 ? dom.substring(0, 2000) : dom)
                .isTrue();
        Map<String, String> values = new HashMap<>();
        for (String pair : found.group(1).split(";")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], parts[1]);
        }
        return values;
    }

    private BufferedImage screenshot(Path page, int height) throws Exception {
        Path png = dir.resolve("report.png");
        chromium(List.of("--screenshot=" + png, "--window-size=" + WIDTH + "," + height, "--hide-scrollbars",
                page.toUri().toString()));
        assertThat(png).as("Chromium wrote the screenshot").exists();
        return ImageIO.read(png.toFile());
    }

    private String chromium(List<String> arguments) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--force-device-scale-factor=1", "--user-data-dir=" + profile));
        command.addAll(arguments);
        Path stdout = dir.resolve("chromium.out");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 90 s");
        }
        return Files.readString(stdout);
    }

    private static int[] box(String text) {
        String[] parts = text.split(",");
        int[] box = new int[4];
        for (int i = 0; i < 4; i++) {
            box[i] = Integer.parseInt(parts[i]);
        }
        return box;
    }

    /** The share of pixels in the box that are clearly not white paper. */
    private static double inkShare(BufferedImage image, int[] box) {
        long ink = 0;
        long all = 0;
        for (int y = box[1]; y < Math.min(image.getHeight(), box[1] + box[3]); y++) {
            for (int x = box[0]; x < Math.min(image.getWidth(), box[0] + box[2]); x++) {
                int rgb = image.getRGB(x, y);
                int darkest = Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff));
                ink += darkest < 200 ? 1 : 0;
                all++;
            }
        }
        return all == 0 ? 0 : (double) ink / all;
    }

    private static long pixelsOf(BufferedImage image, int[] box, int[] color) {
        long count = 0;
        for (int y = box[1]; y < Math.min(image.getHeight(), box[1] + box[3]); y++) {
            for (int x = box[0]; x < Math.min(image.getWidth(), box[0] + box[2]); x++) {
                int rgb = image.getRGB(x, y);
                int dr = Math.abs(((rgb >> 16) & 0xff) - color[0]);
                int dg = Math.abs(((rgb >> 8) & 0xff) - color[1]);
                int db = Math.abs((rgb & 0xff) - color[2]);
                count += dr + dg + db < 40 ? 1 : 0;
            }
        }
        return count;
    }
}
