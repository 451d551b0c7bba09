package dev.bubblerisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    private final String html = html(SmallPortfolio.report());

    @Test
    void textFromDealFilesIsEscapedEverywhere() {
        assertThat(html).contains("&#61;1+1 *Lab* rents &lt;compute&gt;", "Lab &amp; Co &lt;AI&gt;",
                "ChipCo sells, then invests: &quot;up to&quot; $10B | phase 1");
        assertThat(html).doesNotContain("<compute>", "<AI>", "\"up to\"");
    }

    @Test
    void loadsNothingFromOutsideTheFile() {
        assertThat(all(Pattern.compile("(?i)\\bhref\\s*=\\s*\"([^\"]*)\""), html)).allMatch(href -> href.startsWith("#"));
        assertThat(html).doesNotContainPattern("(?i)\\bsrc\\s*=").doesNotContainPattern("(?i)url\\(\\s*['\"]?http")
                .doesNotContain("@import");
        assertThat(html).contains("default-src 'none'");
    }

    @Test
    void thePolicyLetsOnlyThePagesOwnScriptRun() throws Exception {
        List<String> scripts = all(Pattern.compile("(?s)<script>(.*?)</script>"), html);
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(scripts.get(0).getBytes(StandardCharsets.UTF_8)));

        assertThat(scripts).hasSize(1);
        assertThat(html).contains("script-src 'sha256-" + hash + "'");
    }

    @Test
    void quotesTheCitedInputLinesVerbatim() throws IOException {
        List<String> input = Files.readAllLines(Path.of(SmallPortfolio.FILE));

        assertThat(html).contains("<span class=\"line cited\"><span class=\"ln\">27</span>" + input.get(26) + "</span>"
                + "<span class=\"line\"><span class=\"ln\">28</span>" + input.get(27) + "</span>");
        assertThat(html).contains("<span class=\"line cited\"><span class=\"ln\">10</span>" + input.get(9) + "</span>");
    }

    @Test
    void showsEveryDealAsARowAndACardWithItsFindingsAndGaps() {
        assertThat(count("<article class=\"card ")).isEqualTo(4);
        assertThat(count("<tr><td data-value=")).isEqualTo(4);
        assertThat(html).contains("<code class=\"rule\">investor-is-supplier</code>", "<span class=\"points\">-20</span>",
                "<strong>labco</strong> gives no <code>net_income</code>");
    }

    @Test
    void drawsTheMoneyFlowGraphInlineWithItsLoopListed() {
        assertThat(count("<svg ")).isEqualTo(1);
        assertThat(html).contains("<li data-loop=\"1\"><strong>chipco → labco → cloudco → chipco</strong>");
    }

    @Test
    void carriesTheAuditStamp() throws Exception {
        String inputHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(Path.of(SmallPortfolio.FILE))));

        assertThat(html).contains("<td>bubblerisk 0.1.0, Drools 10.2.0</td>",
                "<code>rules</code>, 17 rules, sha256 <code>e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855</code>",
                "<code>" + SmallPortfolio.FILE + "</code>, sha256 <code>" + inputHash + "</code>");
    }

    private int count(String text) {
        return html.split(Pattern.quote(text), -1).length - 1;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String html(Report report) {
        try {
            StringWriter out = new StringWriter();
            new HtmlReportWriter().write(report, out);
            return out.toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
