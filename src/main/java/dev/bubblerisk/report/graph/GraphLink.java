package dev.bubblerisk.report.graph;

import dev.bubblerisk.model.Formats;
import java.math.BigDecimal;
import java.util.List;

/**
 * All the value of one kind that moves from one company to another, across deals: the flows of
 * that type (or the holdings) from {@code from} to {@code to}, taken together.
 *
 * @param amount      the sum of the disclosed amounts, or {@code null} when none is disclosed
 * @param undisclosed how many of the flows give no amount
 * @param stake       for a single holding, its stake as a fraction, or {@code null}
 * @param refs        the flows and holdings drawn by this link, e.g. {@code nvidia-openai-2025-09/stake}
 * @param loops       the numbers (from 1) of the loops of value that pass along this link
 */
public record GraphLink(String from, String to, LinkKind kind, BigDecimal amount, int undisclosed, BigDecimal stake,
                        List<String> refs, List<Integer> loops) {

    public GraphLink {
        refs = List.copyOf(refs);
        loops = List.copyOf(loops);
    }

    public boolean onLoop() {
        return !loops.isEmpty();
    }

    /** What the arrow says: {@code investment $100B}, {@code purchase ×3 $372B}, {@code lease undisclosed}, {@code stake 7%}. */
    public String label() {
        StringBuilder label = new StringBuilder(kind.key());
        if (refs.size() > 1) {
            label.append(" ×").append(refs.size());
        }
        if (kind == LinkKind.STAKE) {
            return stake != null && refs.size() == 1 ? label + " " + Formats.percent(stake) : label.toString();
        }
        if (amount != null) {
            label.append(' ').append(Formats.usd(amount));
            if (undisclosed > 0) {
                label.append(" + undisclosed");
            }
        } else {
            label.append(" undisclosed");
        }
        return label.toString();
    }
}
