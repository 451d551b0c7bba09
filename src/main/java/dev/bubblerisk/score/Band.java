package dev.bubblerisk.score;

import java.util.Locale;

/** The risk band a score falls in. */
public enum Band {
    LOW(0),
    GUARDED(25),
    HIGH(50),
    SEVERE(75);

    private final int lowestScore;

    Band(int lowestScore) {
        this.lowestScore = lowestScore;
    }

    /** The band of a score in 0–100. */
    public static Band of(int score) {
        if (score < 0 || score > ScoreCard.MAX_SCORE) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        Band band = LOW;
        for (Band candidate : values()) {
            if (score >= candidate.lowestScore) {
                band = candidate;
            }
        }
        return band;
    }

    /** Parses a band name case-insensitively, as a user types it after {@code --fail-on}. */
    public static Band parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown band '" + text + "' (expected LOW, GUARDED, HIGH or SEVERE)", e);
        }
    }

    public int lowestScore() {
        return lowestScore;
    }

    /** The highest score in this band. */
    public int highestScore() {
        Band[] bands = values();
        return ordinal() + 1 < bands.length ? bands[ordinal() + 1].lowestScore - 1 : ScoreCard.MAX_SCORE;
    }
}
