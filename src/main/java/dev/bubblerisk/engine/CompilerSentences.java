package dev.bubblerisk.engine;

import dev.bubblerisk.yaml.Suggestions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the Drools compiler's most common messages as sentences a rule author can act on,
 * and points at the offending word where the message names it.
 */
final class CompilerSentences {

    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'.*");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "Unable to Analyse Expression (.*?): \\[Error: unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)\\].*");
    private static final Pattern UNRESOLVED = Pattern.compile("Rule Compilation error (.*)");
    private static final Pattern UNRESOLVED_NAME = Pattern.compile("(\\S+) cannot be resolved(?: to a variable)?");
    private static final Pattern END_OF_FILE = Pattern.compile("mismatched input '<eof>' in rule \"?([^\"]*)\"?");
    private static final Pattern NO_ALTERNATIVE = Pattern.compile("no viable alternative at input '(.*)' in rule \"?([^\"]*)\"?");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' (?:expecting (.*) )?in rule \"?([^\"]*)\"?");

    private CompilerSentences() {
    }

    /** A clearer diagnostic for {@code raw}, or {@code raw} itself when there is nothing to add. */
    static RuleDiagnostic rewrite(RuleDiagnostic raw, RuleFile file) {
        String message = raw.message();
        Matcher m;
        if ((m = UNKNOWN_TYPE.matcher(message)).matches()) {
            return at(raw, file, m.group(1), "unknown fact type '" + m.group(1)
                    + "' (facts are imported from dev.bubblerisk.model.* and dev.bubblerisk.ruleapi.*)");
        }
        if ((m = UNKNOWN_FIELD.matcher(message)).matches()) {
            String type = m.group(2);
            String field = m.group(3);
            return at(raw, file, field, simpleName(type) + " has no field '" + field + "'" + Suggestions.hint(field, fieldsOf(type)));
        }
        if ((m = UNRESOLVED.matcher(message)).matches()) {
            Matcher name = UNRESOLVED_NAME.matcher(m.group(1));
            String sentence = "the consequence does not compile: " + m.group(1);
            return name.find() ? afterThen(raw, file, name.group(1), sentence) : withMessage(raw, sentence);
        }
        if ((m = END_OF_FILE.matcher(message)).matches()) {
            return withMessage(raw, "the file ends inside rule '" + m.group(1) + "': is its 'end' missing?");
        }
        if ((m = NO_ALTERNATIVE.matcher(message)).matches()) {
            return withMessage(raw, "syntax error at '" + m.group(1) + "' in rule '" + m.group(2) + "'");
        }
        if ((m = MISMATCHED.matcher(message)).matches()) {
            return withMessage(raw, "syntax error at '" + m.group(1) + "' in rule '" + m.group(3) + "'"
                    + (m.group(2) == null ? "" : " (expected " + m.group(2) + ")"));
        }
        return raw;
    }

    private static RuleDiagnostic withMessage(RuleDiagnostic raw, String message) {
        return new RuleDiagnostic(raw.file(), raw.line(), raw.column(), message);
    }

    /** Points at the first {@code word} on or after the reported line, when it is there. */
    private static RuleDiagnostic at(RuleDiagnostic raw, RuleFile file, String word, String message) {
        return locate(raw, file, word, message, line -> line >= raw.line());
    }

    /** Points at {@code word} in the consequence of the rule the error is reported on. */
    private static RuleDiagnostic afterThen(RuleDiagnostic raw, RuleFile file, String word, String message) {
        if (file == null) {
            return withMessage(raw, message);
        }
        List<String> lines = Arrays.asList(file.content().split("\n", -1));
        int then = raw.line();
        while (then <= lines.size() && !lines.get(then - 1).strip().equals("then")) {
            then++;
        }
        int from = then;
        return locate(raw, file, word, message, line -> line > from);
    }

    private static RuleDiagnostic locate(RuleDiagnostic raw, RuleFile file, String word, String message,
                                         java.util.function.IntPredicate candidate) {
        if (file == null) {
            return withMessage(raw, message);
        }
        String[] lines = file.content().split("\n", -1);
        Pattern whole = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
        for (int i = 0; i < lines.length; i++) {
            Matcher found = whole.matcher(lines[i]);
            if (candidate.test(i + 1) && found.find()) {
                return new RuleDiagnostic(raw.file(), i + 1, found.start() + 1, message);
            }
        }
        return withMessage(raw, message);
    }

    private static List<String> fieldsOf(String type) {
        try {
            Class<?> fact = Class.forName(type, false, CompilerSentences.class.getClassLoader());
            Function<Method, String> name = Method::getName;
            return Arrays.stream(fact.getMethods())
                    .filter(method -> method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                            && method.getDeclaringClass() != Object.class)
                    .map(name).map(CompilerSentences::property).distinct().sorted().toList();
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }

    /** {@code getRevenue} and {@code revenue} both read as the property {@code revenue}. */
    private static String property(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.startsWith(prefix) && method.length() > prefix.length() && Character.isUpperCase(method.charAt(prefix.length()))) {
                return Character.toLowerCase(method.charAt(prefix.length())) + method.substring(prefix.length() + 1);
            }
        }
        return method;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    }
}
