package dev.bubblerisk.engine;

/**
 * One DRL file of a ruleset.
 *
 * @param path     how messages name the file: the real path under {@code --rules}, or
 *                 {@code rules/…} inside the jar
 * @param relative the path below the ruleset's root, with {@code /} separators
 */
public record RuleFile(String path, String relative, String content) {
}
