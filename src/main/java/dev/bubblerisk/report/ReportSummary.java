package dev.bubblerisk.report;

import dev.bubblerisk.model.InputFile;
import dev.bubblerisk.score.Band;
import dev.bubblerisk.score.DealScore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The overview every human format opens with: deals per band, deals with data gaps, loops, the facts' dates. */
record ReportSummary(int deals, Map<Band, Integer> bands, int withGaps, int loops, List<String> asOf) {

    /** Bands from the worst down, the order every format lists them in. */
    static final List<Band> WORST_FIRST = List.of(Band.SEVERE, Band.HIGH, Band.GUARDED, Band.LOW);

    ReportSummary {
        bands = Map.copyOf(bands);
        asOf = List.copyOf(asOf);
    }

    static ReportSummary of(Report report) {
        Map<Band, Integer> counts = new EnumMap<>(Band.class);
        WORST_FIRST.forEach(band -> counts.put(band, 0));
        report.deals().forEach(deal -> counts.merge(deal.band(), 1, Integer::sum));
        int withGaps = (int) report.deals().stream().filter(deal -> !deal.dataGaps().isEmpty()).count();
        List<String> dates = report.inputs().stream().map(InputFile::asOf).filter(Objects::nonNull)
                .distinct().sorted().map(Object::toString).toList();
        return new ReportSummary(report.deals().size(), counts, withGaps, report.cycles().size(), dates);
    }

    int count(Band band) {
        return bands.get(band);
    }

    /** "20 deals: 5 SEVERE, 3 HIGH, 4 GUARDED, 8 LOW; 9 with data gaps." */
    String sentence() {
        List<String> parts = new ArrayList<>();
        for (Band band : WORST_FIRST) {
            parts.add(count(band) + " " + band.name());
        }
        return deals + (deals == 1 ? " deal: " : " deals: ") + String.join(", ", parts) + "; " + withGaps + " with data gaps.";
    }

    /** "1 loop of value." */
    String loopSentence() {
        return loops + (loops == 1 ? " loop of value." : " loops of value.");
    }

    /** "Facts as of 2025-10-31. ", or nothing when no input gives a date. */
    String asOfSentence() {
        return asOf.isEmpty() ? "" : "Facts as of " + String.join(", ", asOf) + ". ";
    }

    /** The deal's top reason as "+30 investor-is-supplier", or "no findings". */
    static String topReason(DealScore deal) {
        return deal.findings().isEmpty() ? "no findings"
                : Points.signed(deal.findings().get(0).points()) + " " + deal.findings().get(0).rule();
    }
}
