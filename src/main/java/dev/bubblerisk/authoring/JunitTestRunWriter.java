package dev.bubblerisk.authoring;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JUnit XML, as CI systems read it: one {@code testsuite} per scenario file, one {@code testcase} per case. */
final class JunitTestRunWriter implements TestRunWriter {

    @Override
    public void write(TestRun run, Writer out) throws IOException {
        Map<String, List<CaseResult>> byFile = new LinkedHashMap<>();
        run.results().forEach(result -> byFile.computeIfAbsent(result.scenario().file(), file -> new ArrayList<>()).add(result));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"bubblerisk rule tests\" tests=\"" + run.results().size() + "\" failures=\""
                + run.failed() + "\">\n");
        for (Map.Entry<String, List<CaseResult>> file : byFile.entrySet()) {
            long failures = file.getValue().stream().filter(result -> !result.passed()).count();
            out.write("  <testsuite name=\"" + escape(file.getKey()) + "\" tests=\"" + file.getValue().size()
                    + "\" failures=\"" + failures + "\">\n");
            for (CaseResult result : file.getValue()) {
                String rule = RuleTests.label(result.scenario());
                rule = rule.substring(0, rule.indexOf(": "));
                out.write("    <testcase classname=\"" + escape(rule) + "\" name=\"" + escape(result.scenario().name()) + "\"");
                if (result.passed()) {
                    out.write("/>\n");
                } else {
                    out.write(">\n      <failure message=\"" + escape(result.differences().get(0)) + "\">"
                            + escape(String.join("\n", result.differences())) + "</failure>\n    </testcase>\n");
                }
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }

    /** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
