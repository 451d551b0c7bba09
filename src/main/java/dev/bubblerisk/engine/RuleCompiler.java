package dev.bubblerisk.engine;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** Compiles the DRL files of a ruleset into Drools packages, naming the real file in every error. */
final class RuleCompiler {

    private RuleCompiler() {
    }

    static Collection<KiePackage> compile(RuleSource source) throws RuleCompilationException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, RuleCompiler.class.getClassLoader()));
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : source.files()) {
            Resource resource = ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(sourcePath(file));
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            List<RuleDiagnostic> errors = builder.getErrors().stream()
                    .map(error -> CompilerMessages.toDiagnostic(error, source))
                    .distinct()
                    .sorted(CompilerMessages.ORDER)
                    .toList();
            List<RuleDiagnostic> meaningful = errors.stream().filter(error -> !CompilerMessages.isEcho(error)).toList();
            throw new RuleCompilationException(meaningful.isEmpty() ? errors : meaningful);
        }
        return builder.getKnowledgePackages();
    }

    /** Drools wants a path under {@code src/main/resources}; the real name is mapped back in every message. */
    static String sourcePath(RuleFile file) {
        return "src/main/resources/" + file.relative();
    }
}
