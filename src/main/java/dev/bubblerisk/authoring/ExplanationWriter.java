package dev.bubblerisk.authoring;

import dev.bubblerisk.authoring.DealExplainer.Explanation;
import dev.bubblerisk.authoring.DealExplainer.Silence;
import dev.bubblerisk.model.DataGap;
import dev.bubblerisk.model.Deal;
import dev.bubblerisk.model.Evidence;
import dev.bubblerisk.model.Finding;
import dev.bubblerisk.model.Flow;
import dev.bubblerisk.model.Formats;
import dev.bubblerisk.model.Reaction;
import dev.bubblerisk.report.SourceLines;
import dev.bubblerisk.score.Band;
import dev.bubblerisk.score.DealScore;
import dev.bubblerisk.score.ScoreCard;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/** Writes an {@link Explanation} for a reader at a terminal, quoting the input lines each finding rests on. */
public final class ExplanationWriter {

    public void write(Explanation explanation, Writer out) throws IOException {
        SourceLines lines = new SourceLines(explanation.inputs());
        Deal deal = explanation.deal();
        DealScore score = explanation.score();
        out.write("Deal " + deal.id() + (deal.title() == null ? "" : ": " + deal.title()) + "\n");
        out.write("  " + deal.location() + (deal.announced() == null ? "" : " · announced " + deal.announced())
                + (deal.binding() ? "" : " · non-binding") + (deal.termYears() == null ? "" : " · "
                + Formats.plain(deal.termYears()) + "-year term") + "\n");
        for (Flow flow : deal.flows()) {
            out.write(String.format("  %-4s %-10s %s → %s%s%s%n", "line " + flow.location().line(), flow.type().key(),
                    flow.from(), flow.to(), flow.amount() == null ? ", amount not given" : ", " + Formats.usd(flow.amount()),
                    (flow.quantity() == null ? "" : " (" + flow.quantity() + ")")
                            + (flow.tiedTo() == null ? "" : ", tied to " + flow.tiedTo()) + "  [" + flow.id() + "]"));
        }
        for (Reaction reaction : deal.reactions()) {
            out.write("  line " + reaction.location().line() + " reaction: " + reaction.company() + " "
                    + (reaction.change().signum() > 0 ? "+" : "") + Formats.percent(reaction.change()) + "\n");
        }
        out.write("\nScore " + score.score() + " (" + score.band() + "): " + arithmetic(score) + "\n");
        out.write("\nFindings (" + score.findings().size() + "):\n");
        for (Finding finding : score.findings()) {
            out.write(String.format("  %+d %s (%s): %s%n", finding.points(), finding.rule(), finding.category(),
                    finding.explanation()));
            for (Evidence evidence : finding.evidence()) {
                out.write("      " + evidence.file() + ":" + evidence.line() + ": " + lines.quote(evidence).cited() + "\n");
            }
        }
        out.write("\nRules that did not fire (" + explanation.silent().size() + "):\n");
        for (Silence silence : explanation.silent()) {
            out.write("  " + silence.rule().id() + " (" + silence.rule().category() + ", " + silence.rule().points()
                    + "): " + silence.reason() + "\n");
        }
        out.write("\nData gaps (" + score.dataGaps().size() + "):" + (score.dataGaps().isEmpty() ? " none" : "") + "\n");
        for (DataGap gap : score.dataGaps()) {
            out.write("  " + gap.rule() + " needs " + gap.company() + "'s " + gap.missing() + "\n");
        }
    }

    /** "30 + 25 - 20 = 35, within 0–100, so 35; GUARDED is 25–49". */
    private static String arithmetic(DealScore score) {
        String sum = score.findings().isEmpty() ? "no findings, 0" : score.findings().stream()
                .map(finding -> String.valueOf(finding.points())).collect(Collectors.joining(" + ")).replace("+ -", "- ")
                + " = " + score.rawPoints();
        String clamp = score.rawPoints() == score.score() ? "within 0–" + ScoreCard.MAX_SCORE
                : "clamped to 0–" + ScoreCard.MAX_SCORE + ", so " + score.score();
        Band band = score.band();
        return sum + " (" + clamp + "); " + band + " is " + band.lowestScore() + "–" + band.highestScore();
    }
}
