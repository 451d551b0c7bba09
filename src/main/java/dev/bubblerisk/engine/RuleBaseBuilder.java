package dev.bubblerisk.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.conf.SequentialOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The one place that turns a ruleset into a {@link RuleBase}: compiled packages from the cache when
 * the ruleset is unchanged, else compiled afresh (and cached); then each rule's metadata checked.
 */
public final class RuleBaseBuilder {

    private RuleBaseBuilder() {
    }

    /** Compiles {@code source} without a cache. */
    public static RuleBase build(RuleSource source) throws RuleCompilationException {
        return build(source, null);
    }

    /** @param cache where compiled packages are kept between runs, or {@code null} for none */
    public static RuleBase build(RuleSource source, CompiledRuleCache cache) throws RuleCompilationException {
        Optional<Collection<KiePackage>> cached = cache == null ? Optional.empty() : cache.load(source);
        Collection<KiePackage> packages = cached.isPresent() ? cached.get() : RuleCompiler.compile(source);
        boolean sequential = SinglePass.suits(source);
        KieBaseConfiguration configuration = RuleBaseFactory.newKnowledgeBaseConfiguration();
        configuration.setOption(sequential ? SequentialOption.YES : SequentialOption.NO);
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        kieBase.addPackages(packages);
        RuleBase base = new RuleBase(kieBase, sequential, source, rules(packages, source), cached.isPresent());
        if (cache != null && cached.isEmpty()) {
            cache.store(source, packages);
        }
        return base;
    }

    private static Map<String, RuleInfo> rules(Collection<KiePackage> packages, RuleSource source)
            throws RuleCompilationException {
        List<RuleDiagnostic> problems = new ArrayList<>();
        Map<String, RuleInfo> rules = new HashMap<>();
        for (KiePackage kiePackage : packages) {
            for (Rule rule : kiePackage.getRules()) {
                RuleFile file = fileOf(source, ((RuleImpl) rule).getResource().getSourcePath());
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

    /** The ruleset file Drools knows by {@code sourcePath}. */
    static RuleFile fileOf(RuleSource source, String sourcePath) {
        String relative = sourcePath.startsWith("src/main/resources/") ? sourcePath.substring("src/main/resources/".length()) : sourcePath;
        return source.file(relative).orElse(null);
    }
}
