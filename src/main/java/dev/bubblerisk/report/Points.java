package dev.bubblerisk.report;

/** How a finding's points are written in every human format: {@code +30}, {@code -20}, {@code 0}. */
final class Points {

    private Points() {
    }

    static String signed(int points) {
        return points > 0 ? "+" + points : String.valueOf(points);
    }
}
