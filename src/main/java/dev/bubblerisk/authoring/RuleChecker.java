package dev.bubblerisk.authoring;

import dev.bubblerisk.authoring.CheckDiagnostic.Severity;
import dev.bubblerisk.engine.RuleBase;
import dev.bubblerisk.engine.RuleBaseBuilder;
import dev.bubblerisk.engine.RuleCompilationException;
import dev.bubblerisk.engine.RuleFile;
import dev.bubblerisk.engine.RuleInfo;
import dev.bubblerisk.engine.RuleSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code check}: compiles a ruleset and lints it — compile errors, missing or duplicate metadata,
 * ids not in kebab-case, impure rules (errors); a rule without a test file beside it, a rule filed
 * under another category's folder (warnings).
 */
public final class RuleChecker {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private RuleChecker() {
    }

    /** Every diagnostic, errors and warnings, in file and line order. */
    public static List<CheckDiagnostic> check(RuleSource source) {
        List<CheckDiagnostic> found = new ArrayList<>();
        source.files().forEach(file -> found.addAll(RulePurity.check(file)));
        try {
            RuleBase rules = RuleBaseBuilder.build(source);
            rules.rules().forEach(rule -> found.addAll(lint(rule, source)));
        } catch (RuleCompilationException e) {
            e.diagnostics().forEach(diagnostic -> found.add(CheckDiagnostic.error(diagnostic)));
        }
        return found.stream().distinct().sorted(CheckDiagnostic.ORDER).toList();
    }

    private static List<CheckDiagnostic> lint(RuleInfo rule, RuleSource source) {
        List<CheckDiagnostic> found = new ArrayList<>();
        if (!KEBAB_CASE.matcher(rule.id()).matches()) {
            found.add(new CheckDiagnostic(Severity.ERROR, rule.file(), rule.line(), 1, "rule id '" + rule.id()
                    + "' is not in kebab-case (lower-case words joined by hyphens, like 'vendor-financing')"));
        }
        Path drl = Path.of(rule.file());
        Path test = drl.resolveSibling(rule.id() + ".test.yaml");
        if (isOnDisk(source) && !Files.isRegularFile(test)) {
            found.add(new CheckDiagnostic(Severity.WARNING, rule.file(), rule.line(), 1, "rule '" + rule.id()
                    + "' has no test file (expected " + test + ")"));
        }
        String folder = folderOf(source, rule);
        if (folder != null && !folder.equals(rule.category())) {
            found.add(new CheckDiagnostic(Severity.WARNING, rule.file(), rule.line(), 1, "rule '" + rule.id()
                    + "' has @category(\"" + rule.category() + "\") but is filed under " + folder + "/"));
        }
        return found;
    }

    private static boolean isOnDisk(RuleSource source) {
        return source.files().stream().map(RuleFile::path).allMatch(path -> Files.isRegularFile(Path.of(path)));
    }

    /** The first folder of the rule's file below the ruleset root, or {@code null} for a file at the root. */
    private static String folderOf(RuleSource source, RuleInfo rule) {
        return source.files().stream().filter(file -> file.path().equals(rule.file())).findFirst()
                .map(RuleFile::relative)
                .filter(relative -> relative.contains("/"))
                .map(relative -> relative.substring(0, relative.indexOf('/')))
                .orElse(null);
    }
}
