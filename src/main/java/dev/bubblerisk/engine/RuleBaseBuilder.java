package dev.bubblerisk.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** The one place that compiles DRL into a {@link RuleBase} and checks each rule's metadata. */
public final class RuleBaseBuilder {

    private RuleBaseBuilder() {
    }

    public static RuleBase build(RuleSource source) throws RuleCompilationException {
        Map<String, RuleFile> bySourcePath = new LinkedHashMap<>();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, RuleBaseBuilder.class.getClassLoader()));
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : source.files()) {
            Resource resource = ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(sourcePath(file));
            bySourcePath.put(resource.getSourcePath(), file);
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            List<RuleDiagnostic> errors = builder.getErrors().stream()
                    .map(error -> CompilerMessages.toDiagnostic(error, bySourcePath))
                    .distinct()
                    .sorted(CompilerMessages.ORDER)
                    .toList();
            List<RuleDiagnostic> meaningful = errors.stream().filter(error -> !CompilerMessages.isEcho(error)).toList();
            throw new RuleCompilationException(meaningful.isEmpty() ? errors : meaningful);
        }
        KieBase kieBase = builder.newKieBase();
        return new RuleBase(kieBase, source, rules(kieBase, bySourcePath));
    }

    private static Map<String, RuleInfo> rules(KieBase kieBase, Map<String, RuleFile> bySourcePath)
            throws RuleCompilationException {
        List<RuleDiagnostic> problems = new ArrayList<>();
        Map<String, RuleInfo> rules = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleFile file = bySourcePath.get(((RuleImpl) rule).getResource().getSourcePath());
                RuleInfo info = RuleMetadata.read(rule, file, problems);
                if (info != null) {
                    rules.put(RuleBase.qualifiedName(rule), info);
                }
            }
        }
        Map<String, RuleInfo> byId = new HashMap<>();
        for (RuleInfo rule : rules.values().stream().sorted(RuleInfo.FILE_ORDER).toList()) {
            RuleInfo first = byId.putIfAbsent(rule.id(), rule);
            if (first != null) {
                problems.add(new RuleDiagnostic(rule.file(), rule.line(), 1, "duplicate rule id '" + rule.id()
                        + "' (first used at " + first.file() + ":" + first.line() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems.stream().sorted(CompilerMessages.ORDER).toList());
        }
        return rules;
    }

    /** Drools wants a path under {@code src/main/resources}; the real name is mapped back in every message. */
    private static String sourcePath(RuleFile file) {
        return "src/main/resources/" + file.relative();
    }

}
