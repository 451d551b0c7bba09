package dev.bubblerisk.engine;

import dev.bubblerisk.ruleapi.Need;
import java.util.List;
import java.util.Map;
import org.drools.core.SessionConfiguration;
import org.drools.core.impl.EnvironmentFactory;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.RuntimeComponentFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/** A compiled ruleset, ready to score portfolios; the Drools knowledge base stays inside the engine. */
public final class RuleBase {

    private final KieBase kieBase;
    /** The knowledge base is in Drools' sequential mode (see {@link SinglePass}). */
    private final boolean sequential;
    private final RuleSource source;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byQualifiedName;
    private final boolean fromCache;
    /** Every {@code @needs} group of the ruleset, for the data gaps of each session. */
    private final List<Need> needs;
    /** Some package declares the {@code findings} global ({@link RuleEngine#FINDINGS_GLOBAL}). */
    private final boolean declaresFindings;
    /** Which facts some rule's pattern can match. */
    private final PatternReach reach;

    /**
     * @param sequential      {@code kieBase} is in Drools' sequential mode
     * @param byQualifiedName each rule's metadata by {@code package.ruleName}
     * @param fromCache       the packages were loaded from the compiled-rule cache
     */
    RuleBase(KieBase kieBase, boolean sequential, RuleSource source, Map<String, RuleInfo> byQualifiedName,
             boolean fromCache) {
        this.kieBase = kieBase;
        this.sequential = sequential;
        this.source = source;
        this.fromCache = fromCache;
        this.byQualifiedName = Map.copyOf(byQualifiedName);
        this.rules = byQualifiedName.values().stream().sorted(RuleInfo.FILE_ORDER).toList();
        this.needs = rules.stream().flatMap(rule -> rule.needs().stream()).toList();
        this.reach = new PatternReach(((InternalRuleBase) kieBase).getRete().getObjectTypeNodes());
        this.declaresFindings = kieBase.getKiePackages().stream()
                .anyMatch(kiePackage -> kiePackage.getGlobalVariables().stream()
                        .anyMatch(global -> global.getName().equals(RuleEngine.FINDINGS_GLOBAL)));
    }

    static String qualifiedName(Rule rule) {
        return rule.getPackageName() + "." + rule.getName();
    }

    /** The metadata of a compiled rule. */
    RuleInfo info(Rule rule) {
        return byQualifiedName.get(qualifiedName(rule));
    }

    /** The metadata of the rule named {@code package.ruleName}, or {@code null}. */
    RuleInfo info(String qualifiedName) {
        return byQualifiedName.get(qualifiedName);
    }

    /**
     * Whether a fact of this class can match a pattern of some rule. Facts no pattern can match,
     * companies when no rule names {@code Company( ... )}, would only slow a session down.
     */
    boolean matchesFactsOf(Class<?> type) {
        return reach.matchesFactsOf(type);
    }

    /**
     * Whether this fact can match a pattern of some rule: its type can, and it holds a constant
     * that some pattern tests first, where every pattern its type reaches tests one (see
     * {@link PatternReach}).
     */
    boolean matches(Object fact) {
        return reach.matches(fact);
    }

    /** Every {@code @needs} group of every rule, in file then line order. */
    List<Need> needs() {
        return needs;
    }

    /** Whether the rules declare the {@code findings} global, which each session is then given. */
    boolean declaresFindings() {
        return declaresFindings;
    }

    /**
     * A new session to insert facts into and fire. Drools gives a knowledge base in sequential mode
     * only stateless sessions, which insert and fire in one call; this is the session one of them
     * makes, so that the rules can be fired under a fire limit and a time limit like any other.
     */
    KieSession newSession() {
        if (!sequential) {
            return kieBase.newKieSession();
        }
        InternalKnowledgeBase base = (InternalKnowledgeBase) kieBase;
        return ((StatefulKnowledgeSessionImpl) RuntimeComponentFactory.get().createStatefulSession(base,
                EnvironmentFactory.newEnvironment(), base.getSessionConfiguration().as(SessionConfiguration.KEY), false))
                .setStateless(true);
    }

    /** Whether sessions evaluate each rule once, in Drools' sequential mode (see {@link SinglePass}). */
    boolean sequential() {
        return sequential;
    }

    /** Whether the rules came from the compiled-rule cache rather than a compile. */
    public boolean fromCache() {
        return fromCache;
    }

    public RuleSource source() {
        return source;
    }

    /** Every rule with its metadata, in file then line order. */
    public List<RuleInfo> rules() {
        return rules;
    }
}
