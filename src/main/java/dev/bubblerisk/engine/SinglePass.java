package dev.bubblerisk.engine;

import java.util.regex.Pattern;

/**
 * Whether a ruleset may run in Drools' sequential mode, where each rule is evaluated once over
 * the facts put in, and the engine does not look at the network again after every consequence.
 * That gives the same findings as the usual mode when no consequence changes the facts and no
 * rule steers the agenda. A ruleset whose text names any way to do either runs the usual way.
 */
final class SinglePass {

    /** Changing facts (also through the engine's handles), or steering which rules fire and when. */
    private static final Pattern CHANGES_OR_STEERS = Pattern.compile(
            "(?<![\\w.])(?:insert|insertLogical|modify|update|delete|retract)\\s*[({]"
                    + "|\\b(?:drools|kcontext)\\b"
                    + "|\\b(?:agenda-group|ruleflow-group|activation-group|auto-focus|lock-on-active|no-loop|timer|calendars"
                    + "|duration)\\b"
                    + "|\\bwindow\\s*:");

    private SinglePass() {
    }

    /** No rule of {@code source} changes facts or steers the agenda, outside comments and strings. */
    static boolean suits(RuleSource source) {
        return source.files().stream()
                .noneMatch(file -> CHANGES_OR_STEERS.matcher(DrlText.blankCommentsAndStrings(file.content())).find());
    }
}
