package dev.bubblerisk.engine;

import dev.bubblerisk.model.Portfolio;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Finds, for a rule that did not fire on a deal, the first of its conditions the deal never got
 * past. Each rule is compiled again as probes that keep only its first 1, 2, … top-level
 * conditions; the probes run over the same facts, and the longest probe that matched a fact of
 * the deal (or matched without any deal's fact) tells how far the deal got.
 */
public final class ConditionProbe {

    private static final String GLOBAL = "probe";

    /** One top-level condition of a rule, as written. */
    public record Condition(String text, int line) {
    }

    /** A rule's conditions and, per deal id, how many of them (from the first) some match got through. */
    public record RuleConditions(RuleInfo rule, List<Condition> conditions, Map<String, Integer> metByDeal, int metByAll) {

        /** How many conditions, from the first, the deal got through. */
        public int met(String dealId) {
            return Math.max(metByAll, metByDeal.getOrDefault(dealId, 0));
        }
    }

    /** Where probes report their matches, as the DRL global {@code probe}. */
    public static final class Hits {
        private final Map<String, Map<String, Integer>> byRuleAndDeal = new HashMap<>();
        private final Map<String, Integer> byRule = new HashMap<>();

        /** Called by the probe of {@code rule} that keeps {@code conditions} conditions. */
        public void hit(String rule, int conditions, List<Object> matched) {
            Set<String> deals = new HashSet<>();
            matched.forEach(fact -> deals.addAll(FactDeals.dealsOf(fact)));
            if (deals.isEmpty()) {
                byRule.merge(rule, conditions, Math::max);
            }
            deals.forEach(deal -> byRuleAndDeal.computeIfAbsent(rule, key -> new HashMap<>()).merge(deal, conditions, Math::max));
        }
    }

    private ConditionProbe() {
    }

    /** The conditions of every rule and how far each deal got through them. */
    public static Map<String, RuleConditions> probe(RuleBase rules, Portfolio portfolio) throws RuleCompilationException {
        Map<String, List<Condition>> conditions = new HashMap<>();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, ConditionProbe.class.getClassLoader()));
        for (RuleFile file : rules.source().files()) {
            for (int keep = 1; ; keep++) {
                Optional<PackageDescr> probes = probes(rules, file, keep, conditions);
                if (probes.isEmpty()) {
                    break;
                }
                builder.add(ResourceFactory.newDescrResource(probes.get()), ResourceType.DESCR);
            }
        }
        if (builder.hasErrors()) {
            throw new RuleCompilationException(builder.getErrors().stream()
                    .map(error -> CompilerMessages.toDiagnostic(error, rules.source())).distinct().toList());
        }
        Hits hits = new Hits();
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal(GLOBAL, hits);
            SessionFacts.of(rules, portfolio, MoneyLoopFinder.find(portfolio).byDeal()).insertInto(session);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        Map<String, RuleConditions> result = new HashMap<>();
        for (RuleInfo rule : rules.rules()) {
            result.put(rule.id(), new RuleConditions(rule, conditions.getOrDefault(rule.id(), List.of()),
                    hits.byRuleAndDeal.getOrDefault(rule.id(), Map.of()), hits.byRule.getOrDefault(rule.id(), 0)));
        }
        return result;
    }

    /** The file's rules cut to their first {@code keep} conditions, or empty when no rule has that many. */
    private static Optional<PackageDescr> probes(RuleBase rules, RuleFile file, int keep, Map<String, List<Condition>> conditions)
            throws RuleCompilationException {
        PackageDescr parsed = parse(file);
        List<RuleDescr> kept = new ArrayList<>();
        for (RuleDescr rule : parsed.getRules()) {
            RuleInfo info = rules.info(parsed.getName() + "." + rule.getName());
            List<BaseDescr> lhs = rule.getLhs().getDescrs();
            if (info == null || lhs.size() < keep) {
                continue;
            }
            conditions.computeIfAbsent(info.id(), id -> lhs.stream().map(descr -> condition(descr, file)).toList());
            AndDescr prefix = new AndDescr();
            lhs.subList(0, keep).forEach(prefix::addDescr);
            rule.setLhs(prefix);
            rule.setName("probe " + keep + " " + rule.getName());
            rule.setConsequence("probe.hit(\"" + info.id() + "\", " + keep + ", drools.getMatch().getObjects());");
            kept.add(rule);
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        parsed.getRules().clear();
        kept.forEach(parsed::addRule);
        parsed.addGlobal(new GlobalDescr(GLOBAL, Hits.class.getName()));
        return Optional.of(parsed);
    }

    private static PackageDescr parse(RuleFile file) throws RuleCompilationException {
        try {
            PackageDescr parsed = new DrlParser().parse(false, new StringReader(file.content()));
            if (parsed == null) {
                throw new RuleCompilationException(List.of(new RuleDiagnostic(file.path(), 1, 1, "the file does not parse")));
            }
            return parsed;
        } catch (DroolsParserException e) {
            throw new RuleCompilationException(List.of(new RuleDiagnostic(file.path(), Math.max(1, e.getLineNumber()),
                    Math.max(1, e.getColumn()), e.getMessage())));
        }
    }

    private static Condition condition(BaseDescr descr, RuleFile file) {
        int start = descr.getStartCharacter();
        int end = descr.getEndCharacter();
        String text = start >= 0 && end > start && end <= file.content().length()
                ? file.content().substring(start, end) : String.valueOf(descr.getText());
        return new Condition(text.strip().replaceAll("\\s+", " "), descr.getLine());
    }

}
