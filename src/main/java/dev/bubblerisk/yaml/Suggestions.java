package dev.bubblerisk.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" hints for misspelled field names and ids. */
public final class Suggestions {

    /** Longer words are not typos of a field name or id; comparing them would only cost time. */
    private static final int MAX_TYPED_LENGTH = 80;

    private Suggestions() {
    }

    /** The candidate closest to {@code typed}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        if (typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        String lowered = typed.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(candidate -> isClose(lowered, candidate.toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt((String candidate) -> distance(lowered, candidate.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** {@code " (did you mean 'x'?)"} or the empty string. */
    public static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(found -> " (did you mean '" + found + "'?)").orElse("");
    }

    private static boolean isClose(String typed, String candidate) {
        if (typed.equals(candidate)) {
            return true;
        }
        int allowed = Math.max(1, Math.min(3, candidate.length() / 3));
        return distance(typed, candidate) <= allowed;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
