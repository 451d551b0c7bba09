package dev.bubblerisk.model;

/**
 * An input element a finding can cite as evidence: it knows what it is, how to name it and
 * where it was written.
 */
public interface Traceable {

    /** The evidence kind reported in the output, e.g. {@code flow}, {@code holding}. */
    String kind();

    /** A stable reference, e.g. {@code nvidia-openai-2025-09/stake}. */
    String ref();

    SourceLocation location();
}
