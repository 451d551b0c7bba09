package dev.bubblerisk.authoring;

import dev.bubblerisk.load.DealFileLoader;
import dev.bubblerisk.load.InvalidInputException;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Portfolio;
import dev.bubblerisk.score.Band;
import dev.bubblerisk.yaml.BadValue;
import dev.bubblerisk.yaml.Diagnostic;
import dev.bubblerisk.yaml.MapReader;
import dev.bubblerisk.yaml.Node;
import dev.bubblerisk.yaml.NodeReader;
import dev.bubblerisk.yaml.Problems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a rule test file, {@code rules/**&#47;<rule-id>.test.yaml}:
 *
 * <pre>
 * cases:
 *   - name: fires when the supplier lends to its buyer
 *     given: { as_of: …, companies: […], holdings: […], deals: […] }   # deal format v1
 *     expect:
 *       DEAL-ID: { fires: [rule…], not_fires: [rule…], score: 50, band: HIGH,
 *                  data_gaps: [{rule: …, company: …, missing: …}] }
 * </pre>
 */
public final class ScenarioFileReader {

    private static final List<String> FILE_FIELDS = List.of("cases");
    private static final List<String> CASE_FIELDS = List.of("name", "given", "expect");
    private static final List<String> EXPECT_FIELDS = List.of("fires", "not_fires", "score", "band", "data_gaps");
    private static final List<String> GAP_FIELDS = List.of("rule", "company", "missing");

    private final NodeReader nodeReader = new NodeReader();
    private final DealFileLoader loader = new DealFileLoader();

    /** The scenarios of {@code file}; every problem of the file is in the exception. */
    public List<Scenario> read(Path file) throws InvalidInputException, IOException {
        return read(file.toString(), Files.readAllBytes(file));
    }

    /** The scenarios of the file named {@code path} holding {@code content}. */
    public List<Scenario> read(String path, byte[] content) throws InvalidInputException {
        Problems problems = new Problems();
        Node root = nodeReader.read(path, new ByteArrayInputStream(content), problems).orElse(null);
        List<Scenario> scenarios = new ArrayList<>();
        MapReader top = root == null ? null : MapReader.of(root, "a rule test file", FILE_FIELDS, problems);
        if (top != null) {
            top.requireAll("the rule test file", "cases");
            for (Node node : top.list("cases")) {
                Scenario scenario = scenario(path, node, problems);
                if (scenario != null) {
                    scenarios.add(scenario);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.all());
        }
        return scenarios;
    }

    private Scenario scenario(String path, Node node, Problems problems) {
        MapReader scenario = MapReader.of(node, "case", CASE_FIELDS, problems);
        if (scenario == null) {
            return null;
        }
        scenario.requireAll("case", "name", "given", "expect");
        String name = scenario.text("name");
        Portfolio given = given(path, scenario.node("given"), problems);
        List<Expectation> expectations = expectations(scenario.node("expect"), problems);
        if (name == null || given == null) {
            return null;
        }
        return new Scenario(path, name, scenario.location(), given, expectations);
    }

    private Portfolio given(String path, Node given, Problems problems) {
        if (given == null) {
            return null;
        }
        try {
            return loader.load(given, path);
        } catch (InvalidInputException e) {
            for (Diagnostic diagnostic : e.diagnostics()) {
                problems.add(diagnostic.location(), diagnostic.message());
            }
            return null;
        }
    }

    private List<Expectation> expectations(Node expect, Problems problems) {
        if (!(expect instanceof Node.MapNode deals)) {
            if (expect != null) {
                problems.add(expect.location(), "'expect' must map deal ids to expectations, got " + expect.shape());
            }
            return List.of();
        }
        List<Expectation> expectations = new ArrayList<>();
        for (Map.Entry<String, Node.Entry> deal : deals.entries().entrySet()) {
            MapReader fields = MapReader.of(deal.getValue().value(), "expectation", EXPECT_FIELDS, problems);
            if (fields != null) {
                expectations.add(new Expectation(deal.getKey(), names(fields, "fires", problems),
                        names(fields, "not_fires", problems), fields.value("score", ScenarioFileReader::score),
                        fields.value("band", ScenarioFileReader::band), gaps(fields, problems),
                        deal.getValue().keyLocation()));
            }
        }
        return expectations;
    }

    private static List<String> names(MapReader fields, String key, Problems problems) {
        return fields.list(key).stream().map(node -> {
            if (node instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarNode.Kind.STRING) {
                return scalar.text();
            }
            problems.add(node.location(), "'" + key + "' must list rule ids, got " + node.shape());
            return null;
        }).filter(Objects::nonNull).toList();
    }

    private static List<DataGap> gaps(MapReader fields, Problems problems) {
        List<DataGap> gaps = new ArrayList<>();
        for (Node node : fields.list("data_gaps")) {
            MapReader gap = MapReader.of(node, "data gap", GAP_FIELDS, problems);
            if (gap != null) {
                gap.requireAll("data gap", "rule", "company", "missing");
                if (gap.has("rule") && gap.has("company") && gap.has("missing")) {
                    gaps.add(new DataGap(gap.text("rule"), gap.text("company"), gap.text("missing")));
                }
            }
        }
        return gaps;
    }

    private static Integer score(Node.ScalarNode scalar) throws BadValue {
        if (scalar.kind() != Node.ScalarNode.Kind.NUMBER || scalar.number().scale() > 0
                || scalar.number().signum() < 0 || scalar.number().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            throw new BadValue("must be a whole number from 0 to 100, got '" + scalar.text() + "'");
        }
        return scalar.number().intValue();
    }

    private static Band band(Node.ScalarNode scalar) throws BadValue {
        try {
            return Band.parse(scalar.text());
        } catch (IllegalArgumentException e) {
            throw new BadValue(e.getMessage().replace("unknown band", "must be a band, got"));
        }
    }
}
