package dev.bubblerisk.model;

/**
 * One input element a finding rests on, with where it was written.
 *
 * @param kind e.g. {@code flow}, {@code holding}, {@code financials}
 * @param ref  e.g. {@code nvidia-openai-2025-09/stake}
 */
public record Evidence(String kind, String ref, String file, int line) {

    public static Evidence of(Traceable element) {
        SourceLocation at = element.location();
        return new Evidence(element.kind(), element.ref(), at.file(), at.line());
    }
}
