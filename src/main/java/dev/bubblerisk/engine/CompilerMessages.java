package dev.bubblerisk.engine;

import java.util.Comparator;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;

/** Turns Drools' compiler results into one-line diagnostics that name the real rule file. */
final class CompilerMessages {

    static final Comparator<RuleDiagnostic> ORDER = Comparator.comparing(RuleDiagnostic::file)
            .thenComparingInt(RuleDiagnostic::line)
            .thenComparingInt(RuleDiagnostic::column)
            .thenComparing(RuleDiagnostic::message);

    private CompilerMessages() {
    }

    static RuleDiagnostic toDiagnostic(KnowledgeBuilderResult result, RuleSource source) {
        RuleFile file = result.getResource() == null ? null : RuleBaseBuilder.fileOf(source, result.getResource().getSourcePath());
        String path = file == null ? "rules" : file.path();
        int line = 1;
        int column = 1;
        if (result instanceof ParserError parserError) {
            line = Math.max(1, parserError.getRow());
            column = Math.max(1, parserError.getCol() + 1);
        } else if (result instanceof DescrBuildError buildError) {
            line = Math.max(1, buildError.getLine());
            column = Math.max(1, buildError.getColumn() + 1);
        } else if (result.getLines() != null && result.getLines().length > 0 && result.getLines()[0] > 0) {
            line = result.getLines()[0];
        }
        return CompilerSentences.rewrite(new RuleDiagnostic(path, line, column, oneLine(result.getMessage())), file);
    }

    /** Drools messages span lines and repeat the virtual path; keep one readable sentence. */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "the rule does not compile";
        }
        return message.strip()
                .replaceAll("\\s*\\R\\s*", " ")
                .replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "")
                .replace("src/main/resources/", "");
    }

    /** Drools adds "Parser returned a null Package" after every parse error; it says nothing new. */
    static boolean isEcho(RuleDiagnostic diagnostic) {
        return diagnostic.message().startsWith("Parser returned a null Package");
    }
}
