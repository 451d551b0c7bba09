package dev.bubblerisk.engine;

import dev.bubblerisk.ruleapi.Need;
import dev.bubblerisk.ruleapi.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;

/**
 * Reads a compiled rule's metadata into a {@link RuleInfo}.
 *
 * <p>{@code @needs} lists what the rule must know about the deal's buyer or supplier, as groups
 * separated by commas, each a set of alternatives separated by {@code |}:
 * {@code @needs("buyer.net_income | buyer.operating_cash_flow, buyer.founded")}.
 */
final class RuleMetadata {

    private static final Pattern NEED = Pattern.compile("(buyer|supplier)\\.([a-z_]+)");

    private RuleMetadata() {
    }

    /** The rule's declared metadata; problems are added to {@code problems} with the rule's location. */
    static RuleInfo read(Rule rule, RuleFile file, List<RuleDiagnostic> problems) {
        int line = declarationLine(file.content(), rule.getName());
        Map<String, Object> meta = rule.getMetaData();
        String id = text(meta.get("id"));
        String category = text(meta.get("category"));
        String points = text(meta.get("points"));
        int before = problems.size();
        if (id == null) {
            problems.add(new RuleDiagnostic(file.path(), line, 1, "rule '" + rule.getName() + "' has no @id metadata"));
        }
        if (category == null) {
            problems.add(new RuleDiagnostic(file.path(), line, 1, "rule '" + rule.getName() + "' has no @category metadata"));
        }
        Integer parsedPoints = null;
        if (points == null) {
            problems.add(new RuleDiagnostic(file.path(), line, 1, "rule '" + rule.getName() + "' has no @points metadata"));
        } else {
            try {
                parsedPoints = Integer.parseInt(points.strip());
            } catch (NumberFormatException e) {
                problems.add(new RuleDiagnostic(file.path(), line, 1, "rule '" + rule.getName()
                        + "' has @points(" + points + "), which is not a whole number"));
            }
        }
        List<Need> needs = needs(id == null ? rule.getName() : id, text(meta.get("needs")), file, line, problems);
        if (problems.size() > before) {
            return null;
        }
        return new RuleInfo(id, category, parsedPoints, needs, file.path(), line);
    }

    private static List<Need> needs(String ruleId, String declared, RuleFile file, int line, List<RuleDiagnostic> problems) {
        if (declared == null || declared.isBlank()) {
            return List.of();
        }
        List<Need> needs = new ArrayList<>();
        for (String group : declared.split(",")) {
            Role role = null;
            List<String> fields = new ArrayList<>();
            for (String alternative : group.split("\\|")) {
                Matcher m = NEED.matcher(alternative.strip());
                Role named = m.matches() ? Role.valueOf(m.group(1).toUpperCase(Locale.ROOT)) : null;
                if (named == null || (role != null && role != named)) {
                    problems.add(new RuleDiagnostic(file.path(), line, 1, "rule '" + ruleId + "' has @needs entry '"
                            + alternative.strip() + "': expected buyer.FIELD or supplier.FIELD, one role per group"));
                    return List.of();
                }
                role = named;
                fields.add(m.group(2));
            }
            needs.add(new Need(ruleId, role, fields));
        }
        return needs;
    }

    /** The 1-based line of {@code rule "name"} in the file, or 1 when it cannot be found. */
    static int declarationLine(String content, String ruleName) {
        Pattern declaration = Pattern.compile("^\\s*rule\\s+[\"']?" + Pattern.quote(ruleName) + "[\"']?(\\s|$)");
        List<String> lines = Arrays.asList(content.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (declaration.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 1;
    }

    /** Metadata values come back as written, with or without quotes. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? null : text;
    }
}
