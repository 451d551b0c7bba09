package dev.bubblerisk.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;

/**
 * Which facts can match a pattern of some rule, as the compiled network shows it; a fact that
 * cannot would only slow a session down. A fact's type can when some pattern names the type or a
 * type it fits ({@code Party}, {@code InDeal}, {@code Object}). Where every pattern that a type
 * reaches first tests one of its fields for an enum constant, as in
 * {@code Party( role == Role.BUYER, ... )}, a fact of that type can only when it holds one of those
 * constants there: no shipped rule matches a supplier's {@code Party}, one per deal.
 */
final class PatternReach {

    private final List<ObjectTypeNode> nodes;
    private final ClassValue<Reach> byType = new ClassValue<>() {
        @Override
        protected Reach computeValue(Class<?> type) {
            return reachOf(type);
        }
    };

    /** @param nodes the network's object type nodes, one per type some pattern names */
    PatternReach(Collection<ObjectTypeNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** Whether some fact of this type can match a pattern. */
    boolean matchesFactsOf(Class<?> type) {
        return byType.get(type) != Reach.NONE;
    }

    /** Whether this fact can match a pattern. */
    boolean matches(Object fact) {
        return byType.get(fact.getClass()).admits(fact);
    }

    private Reach reachOf(Class<?> type) {
        List<ConstantTest> tests = new ArrayList<>();
        boolean reached = false;
        for (ObjectTypeNode node : nodes) {
            if (!node.getObjectType().isAssignableFrom(type)) {
                continue;
            }
            reached = true;
            ObjectSink[] sinks = node.getObjectSinkPropagator().getSinks();
            if (sinks.length == 0) {
                return Reach.ANY;
            }
            for (ObjectSink sink : sinks) {
                ConstantTest test = ConstantTest.of(sink);
                if (test == null) {
                    return Reach.ANY;
                }
                tests.add(test);
            }
        }
        return reached ? new Reach(false, tests.toArray(ConstantTest[]::new)) : Reach.NONE;
    }

    /**
     * What a type's facts must hold to match a pattern: anything, or one of some constants. The
     * tests are an array, gone through for every fact a session is made of without an iterator.
     */
    private static final class Reach {

        static final Reach NONE = new Reach(false, new ConstantTest[0]);
        static final Reach ANY = new Reach(true, new ConstantTest[0]);

        private final boolean any;
        private final ConstantTest[] tests;

        Reach(boolean any, ConstantTest[] tests) {
            this.any = any;
            this.tests = tests;
        }

        boolean admits(Object fact) {
            if (any) {
                return true;
            }
            for (ConstantTest test : tests) {
                if (test.admits(fact)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A pattern's first test, when it compares a field with an enum constant. */
    private record ConstantTest(ReadAccessor field, Enum<?> constant) {

        /** The test of this node under an object type node, or {@code null} when it is anything else. */
        static ConstantTest of(ObjectSink sink) {
            if (!(sink instanceof AlphaNode alpha && alpha.getConstraint() instanceof IndexableConstraint constraint
                    && constraint.getConstraintType() == ConstraintTypeOperator.EQUAL && constraint.getField() != null
                    && constraint.getField().getValue() instanceof Enum<?> constant)) {
                return null;
            }
            ReadAccessor field = constraint.getFieldExtractor();
            return field == null || field.isSelfReference() || field.isGlobal() ? null : new ConstantTest(field, constant);
        }

        boolean admits(Object fact) {
            return field.getValue(fact) == constant;
        }
    }
}
