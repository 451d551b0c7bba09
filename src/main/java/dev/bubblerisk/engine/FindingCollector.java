package dev.bubblerisk.engine;

import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.IdentityList;
import dev.bubblerisk.model.InOrder;
import dev.bubblerisk.model.Traceable;
import dev.bubblerisk.ruleapi.EvidenceSource;
import dev.bubblerisk.ruleapi.Findings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * The {@code findings} global: records what the firing rule reports. A rule counts once per
 * deal: when it matches a deal several ways, its findings merge into one with the highest
 * points, every distinct sentence and all the evidence — so the result never depends on the
 * order in which Drools fires matches.
 */
final class FindingCollector extends DefaultAgendaEventListener implements Findings, DealFindings {

    /** By file, line, then ref. Evidence of one file shares its path, so the paths are compared only when they differ. */
    private static final Comparator<Evidence> INPUT_ORDER = (a, b) -> {
        int byFile = a.file() == b.file() ? 0 : a.file().compareTo(b.file());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(a.line(), b.line());
        return byLine != 0 ? byLine : a.ref().compareTo(b.ref());
    };
    /** A source citing this many elements or fewer (a supply's flows) is quicker cited element by element than remembered. */
    private static final int FEW_ELEMENTS = 8;

    private final RuleBase rules;
    /** What was reported on each deal of the session, by deal id: one lookup per report, which checks the id too. */
    private final Map<String, Reported> byDeal;
    private final Map<String, long[]> firings = new HashMap<>();
    private final Map<org.kie.api.definition.rule.Rule, RuleInfo> infoByRule = new IdentityHashMap<>();
    /** An input element or a derived fact cited many times (a buyer's commitments, say) is turned into evidence once. */
    private final Map<Traceable, Evidence> elementEvidence;
    /** A source of more than {@link #FEW_ELEMENTS} elements (a buyer's commitment, say) is turned into evidence once. */
    private final Map<EvidenceSource, List<Evidence>> sourceEvidence = new IdentityHashMap<>();
    /**
     * The evidence of a finding that cites such a source, in input order, by what it cites: each
     * deal of a buyer cites the same commitment and revenue, so it is put in order once.
     */
    private final Map<IdentityList, List<Evidence>> ordered = new HashMap<>();
    /** A company's gap repeats in each of its deals: one copy each. */
    private final Map<DataGap, DataGap> sharedGaps = new HashMap<>();
    /** The deal reported on last, and what was: a consequence often reports several times on one deal. */
    private String lastDeal;
    private Reported lastReported;
    private volatile RuleInfo firing;
    private volatile org.kie.api.runtime.rule.Match firingMatch;

    /** @param deals the deals of the session: findings may be reported on these only */
    FindingCollector(RuleBase rules, List<Deal> deals) {
        this.rules = rules;
        this.byDeal = new HashMap<>(deals.size() * 2);
        for (Deal deal : deals) {
            byDeal.put(deal.id(), new Reported());
        }
        this.elementEvidence = new IdentityHashMap<>(deals.size() * 4);
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        org.kie.api.definition.rule.Rule rule = event.getMatch().getRule();
        firing = infoByRule.computeIfAbsent(rule, rules::info);
        firingMatch = event.getMatch();
        firings.computeIfAbsent(firing == null ? rule.getName() : firing.id(), id -> new long[1])[0]++;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
        firingMatch = null;
    }

    /** The deal of the match now firing, if it has one. */
    java.util.Optional<String> firingDeal() {
        org.kie.api.runtime.rule.Match match = firingMatch;
        return match == null ? java.util.Optional.empty() : FactDeals.firstDealOf(match.getObjects());
    }

    /** A rule's id, or its DRL name when it has no metadata. */
    String idOf(org.kie.api.definition.rule.Rule rule) {
        RuleInfo info = rules.info(rule);
        return info == null ? rule.getName() : info.id();
    }

    /** "rule 'x' fired 120000 times": the rule that fired most so far. */
    String busiest() {
        return firings.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> entry.getValue()[0])
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> "rule '" + entry.getKey() + "' fired " + entry.getValue()[0]
                        + (entry.getValue()[0] == 1 ? " time" : " times"))
                .orElse("no rule fired");
    }

    static java.util.Optional<String> dealOf(java.util.List<Object> facts) {
        return FactDeals.firstDealOf(facts);
    }

    /** The rule that is firing now, or {@code null} outside a consequence. */
    RuleInfo firing() {
        return firing;
    }

    @Override
    public void add(String dealId, String explanation, Object... evidence) {
        addWithPoints(dealId, firingRule().points(), explanation, evidence);
    }

    @Override
    public void addWithPoints(String dealId, int points, String explanation, Object... evidence) {
        RuleInfo rule = firingRule();
        List<Evidence> cited = new ArrayList<>();
        boolean longSource = gather(evidence, cited);
        reportedOn(dealId).findingOf(rule)
                .add(points, explanation, cited, longSource ? new IdentityList(List.of(evidence)) : null);
    }

    @Override
    public void add(List<String> dealIds, String explanation, Object... evidence) {
        addWithPoints(dealIds, firingRule().points(), explanation, evidence);
    }

    /**
     * Gathers the evidence once for all the deals, which share the report: a deal on which nothing
     * else of the rule is reported gets the one finding made of it.
     */
    @Override
    public void addWithPoints(List<String> dealIds, int points, String explanation, Object... evidence) {
        RuleInfo rule = firingRule();
        List<Evidence> cited = new ArrayList<>();
        gather(evidence, cited);
        SharedReport report = new SharedReport(rule, points, explanation, cited, new IdentityList(List.of(evidence)));
        for (String dealId : dealIds) {
            reportedOn(dealId).findingOf(rule).add(report);
        }
    }

    @Override
    public void gap(List<String> dealIds, String rule, String company, String field) {
        String firingRule = firingRule().id();
        DataGap made = new DataGap(rule, company, field);
        DataGap gap = sharedGaps.computeIfAbsent(made, same -> made);
        for (String dealId : dealIds) {
            reportedOn(dealId).addGap(gap, firingRule);
        }
    }

    @Override
    public void gap(String dealId, String rule, String company, String field) {
        gap(List.of(dealId), rule, company, field);
    }

    /** What this session found, per deal. */
    EngineResult result() {
        Map<String, List<Finding>> findings = new HashMap<>();
        Map<String, List<DataGap>> dataGaps = new HashMap<>();
        Map<String, Set<String>> rulesFired = new HashMap<>();
        byDeal.forEach((deal, reported) -> {
            if (reported.findings != null) {
                findings.put(deal, reported.toFindings(ordered));
            }
            if (reported.gaps != null) {
                dataGaps.put(deal, reported.gapsInOrder());
            }
            if (reported.findings != null || reported.gaps != null) {
                rulesFired.put(deal, reported.rulesFired());
            }
        });
        return new EngineResult(findings, dataGaps, rulesFired, List.of(), false);
    }

    /** The deal's findings, gathered on each call: ask once the session is over. */
    @Override
    public List<Finding> findingsOf(String dealId) {
        Reported reported = byDeal.get(dealId);
        return reported == null || reported.findings == null ? List.of() : reported.toFindings(ordered);
    }

    @Override
    public List<DataGap> dataGapsOf(String dealId) {
        Reported reported = byDeal.get(dealId);
        return reported == null || reported.gaps == null ? List.of() : reported.gapsInOrder();
    }

    private RuleInfo firingRule() {
        if (firing == null) {
            throw new IllegalStateException("findings may only be reported from a rule's consequence");
        }
        return firing;
    }

    private Reported reportedOn(String dealId) {
        if (dealId == lastDeal) { // the same id object: no need to hash and compare it
            return lastReported;
        }
        Reported reported = byDeal.get(dealId);
        if (reported == null) {
            throw new IllegalArgumentException("reported a finding for '" + dealId + "', which is not a deal id");
        }
        lastDeal = dealId;
        lastReported = reported;
        return reported;
    }

    /** What the rules reported on one deal; each part made when first needed. */
    private static final class Reported {
        /** One per rule, in the order the rules first reported: a handful, looked through rather than hashed. */
        private List<Merged> findings;
        /**
         * As reported, repeats and all: equal gaps are the very same object (see {@link #sharedGaps}),
         * so they are put in order and told apart once, when asked for, not as each comes.
         */
        private List<DataGap> gaps;
        /** The rules that reported the gaps, each once: a handful at most. */
        private List<String> gapRules;

        /** The rule's finding on this deal, to merge a report into. */
        Merged findingOf(RuleInfo rule) {
            if (findings == null) {
                findings = new ArrayList<>(4);
            }
            for (Merged merged : findings) {
                if (merged.rule.id().equals(rule.id())) {
                    return merged;
                }
            }
            Merged merged = new Merged(rule);
            findings.add(merged);
            return merged;
        }

        void addGap(DataGap gap, String rule) {
            if (gaps == null) {
                gaps = new ArrayList<>(4);
                gapRules = new ArrayList<>(1);
            }
            gaps.add(gap);
            if (!gapRules.contains(rule)) {
                gapRules.add(rule);
            }
        }

        /** The gaps in {@link DataGap#ORDER}, each once. */
        List<DataGap> gapsInOrder() {
            return InOrder.distinct(gaps, DataGap.ORDER);
        }

        /** Each rule's findings merged into one. */
        List<Finding> toFindings(Map<IdentityList, List<Evidence>> ordered) {
            Finding[] merged = new Finding[findings.size()];
            int i = 0;
            for (Merged rule : findings) {
                merged[i++] = rule.toFinding(ordered);
            }
            return List.of(merged);
        }

        /** The rules that reported a finding or a gap here. */
        Set<String> rulesFired() {
            Set<String> fired = new HashSet<>();
            if (findings != null) {
                findings.forEach(merged -> fired.add(merged.rule.id()));
            }
            if (gapRules != null) {
                fired.addAll(gapRules);
            }
            return Set.copyOf(fired);
        }
    }

    /** Adds the evidence of what a report cites to {@code evidence}; tells whether a long source is among it. */
    private boolean gather(Object[] cited, List<Evidence> evidence) {
        boolean longSource = false;
        for (Object element : cited) {
            if (element instanceof Traceable traceable) {
                evidence.add(evidenceOf(traceable));
            } else if (element instanceof EvidenceSource source) {
                List<? extends Traceable> elements = source.evidence();
                if (elements.size() <= FEW_ELEMENTS) {
                    for (Traceable each : elements) {
                        evidence.add(evidenceOf(each));
                    }
                } else {
                    evidence.addAll(sourceEvidence.computeIfAbsent(source, key -> evidenceOf(elements)));
                    longSource = true;
                }
            } else {
                throw new IllegalArgumentException("cannot cite " + (element == null ? "null" : element.getClass().getSimpleName())
                        + " as evidence: cite flows, holdings, companies, financial figures, customers or reactions");
            }
        }
        return longSource;
    }

    private List<Evidence> evidenceOf(List<? extends Traceable> elements) {
        List<Evidence> evidence = new ArrayList<>(elements.size());
        for (Traceable element : elements) {
            evidence.add(evidenceOf(element));
        }
        return evidence;
    }

    private Evidence evidenceOf(Traceable element) {
        return elementEvidence.computeIfAbsent(element, Evidence::of);
    }

    /** One report on several deals, and the finding made of it once for all those on which it stands alone. */
    private static final class SharedReport {
        private final RuleInfo rule;
        private final int points;
        private final String explanation;
        private final List<Evidence> cited;
        private final IdentityList from;
        private Finding finding;

        SharedReport(RuleInfo rule, int points, String explanation, List<Evidence> cited, IdentityList from) {
            this.rule = rule;
            this.points = points;
            this.explanation = explanation;
            this.cited = cited;
            this.from = from;
        }

        Finding finding(Map<IdentityList, List<Evidence>> ordered) {
            if (finding == null) {
                finding = new Finding(rule.id(), rule.category(), points, explanation,
                        ordered.computeIfAbsent(from, same -> Merged.inInputOrder(cited)));
            }
            return finding;
        }
    }

    /** One rule's findings in one deal, merged. */
    private static final class Merged {
        private final RuleInfo rule;
        private int points = Integer.MIN_VALUE;
        private final List<String> explanations = new ArrayList<>(1);
        /**
         * The first report's list, and the later reports' evidence added to it: the list of a report
         * shared with other deals is copied before anything is added.
         */
        private List<Evidence> evidence;
        /** What the one report merged here cited, when it cited a long source; {@code null} otherwise. */
        private IdentityList only;
        /**
         * The one report merged here, when it is shared with other deals, as {@link #evidence} then
         * is; {@code null} otherwise.
         */
        private SharedReport shared;

        Merged(RuleInfo rule) {
            this.rule = rule;
        }

        /**
         * @param cited the report's evidence, in a list made for it, which this keeps and adds to
         * @param from  what the report cited, when a long source was among it; {@code null} otherwise
         */
        void add(int points, String explanation, List<Evidence> cited, IdentityList from) {
            merge(points, explanation, cited, from, null);
        }

        /** A report shared with other deals. */
        void add(SharedReport report) {
            merge(report.points, report.explanation, report.cited, report.from, report);
        }

        private void merge(int points, String explanation, List<Evidence> cited, IdentityList from, SharedReport report) {
            boolean first = explanations.isEmpty();
            this.points = Math.max(this.points, points);
            explanations.add(explanation);
            if (first) {
                evidence = cited;
            } else {
                if (shared != null) {
                    evidence = new ArrayList<>(evidence);
                }
                evidence.addAll(cited);
            }
            only = first ? from : null;
            shared = first ? report : null;
        }

        /**
         * The finding of a report shared with other deals, made once for them all; otherwise every
         * distinct sentence in order, and the evidence in input order without repeats, put in order
         * once for all the findings made of one report citing the very same things, a long source
         * among them.
         */
        Finding toFinding(Map<IdentityList, List<Evidence>> ordered) {
            if (shared != null) {
                return shared.finding(ordered);
            }
            String explanation = explanations.size() == 1 ? explanations.get(0)
                    : String.join("; ", new TreeSet<>(explanations));
            List<Evidence> inOrder = only == null ? inInputOrder(evidence)
                    : ordered.computeIfAbsent(only, cited -> inInputOrder(evidence));
            return new Finding(rule.id(), rule.category(), points, explanation, inOrder);
        }

        private static List<Evidence> inInputOrder(List<Evidence> cited) {
            return InOrder.distinct(cited, INPUT_ORDER);
        }
    }
}
