package dev.bubblerisk.ruleapi;

/** The part a company plays in a deal's supply: it pays ({@code BUYER}) or is paid ({@code SUPPLIER}). */
public enum Role {
    BUYER,
    SUPPLIER
}
