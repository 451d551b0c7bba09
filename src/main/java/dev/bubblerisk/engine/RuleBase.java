package dev.bubblerisk.engine;

import dev.bubblerisk.ruleapi.Need;
import java.util.List;
import java.util.Map;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/** A compiled ruleset, ready to score portfolios; the Drools knowledge base stays inside the engine. */
public final class RuleBase {

    private final KieBase kieBase;
    private final RuleSource source;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byQualifiedName;
    private final boolean fromCache;
    /** Every {@code @needs} group of the ruleset, for the data gaps of each session. */
    private final List<Need> needs;
    /** The types of object some rule's pattern matches, {@code Party} say, or {@code Object} for any. */
    private final List<ObjectType> patternTypes;
    private final ClassValue<Boolean> matched = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return patternTypes.stream().anyMatch(patternType -> patternType.isAssignableFrom(type));
        }
    };

    /**
     * @param byQualifiedName each rule's metadata by {@code package.ruleName}
     * @param fromCache       the packages were loaded from the compiled-rule cache
     */
    RuleBase(KieBase kieBase, RuleSource source, Map<String, RuleInfo> byQualifiedName, boolean fromCache) {
        this.kieBase = kieBase;
        this.source = source;
        this.fromCache = fromCache;
        this.byQualifiedName = Map.copyOf(byQualifiedName);
        this.rules = byQualifiedName.values().stream().sorted(RuleInfo.FILE_ORDER).toList();
        this.needs = rules.stream().flatMap(rule -> rule.needs().stream()).toList();
        this.patternTypes = ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes().stream()
                .map(ObjectTypeNode::getObjectType).toList();
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
        return matched.get(type);
    }

    /** Every {@code @needs} group of every rule, in file then line order. */
    List<Need> needs() {
        return needs;
    }

    KieBase kieBase() {
        return kieBase;
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
