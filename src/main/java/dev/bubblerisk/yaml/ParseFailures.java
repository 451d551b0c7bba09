package dev.bubblerisk.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.bubblerisk.model.SourceLocation;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns a YAML or JSON parser's exception into one located, readable sentence. */
final class ParseFailures {

    private ParseFailures() {
    }

    static Diagnostic toDiagnostic(String file, JsonProcessingException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem();
            String context = marked.getContext() == null ? "" : " " + marked.getContext();
            return new Diagnostic(new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1),
                    "invalid YAML: " + oneLine(problem + context));
        }
        SourceLocation at = NodeReader.at(file, failure.getLocation());
        if (failure instanceof StreamConstraintsException) {
            return new Diagnostic(at, "the document exceeds a reading limit: " + oneLine(failure.getOriginalMessage()));
        }
        if (cause instanceof YAMLException yamlFailure) {
            return new Diagnostic(at, "invalid YAML: " + oneLine(yamlFailure.getMessage()));
        }
        String format = file.toLowerCase(Locale.ROOT).endsWith(".json") ? "JSON" : "YAML";
        return new Diagnostic(at, "invalid " + format + ": " + oneLine(failure.getOriginalMessage()));
    }

    /** The first line of a parser message, without Jackson's source excerpts. */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable content";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        int excerpt = line.indexOf(" at [Source:");
        line = excerpt >= 0 ? line.substring(0, excerpt) : line;
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
