package dev.bubblerisk.ruleapi;

/** A company in one of the two supply roles of a deal; one fact per deal, role and company. */
public record Party(String deal, Role role, String company) {
}
