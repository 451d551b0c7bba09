package dev.bubblerisk.model;

import java.util.Locale;

/** The six kinds of value a flow can carry; {@code from → to} is always the direction value moves. */
public enum FlowType {
    /** Goods: buyer → supplier. */
    PURCHASE,
    /** Capacity: lessee → lessor. */
    LEASE,
    /** Equity capital: investor → investee. */
    INVESTMENT,
    /** Warrants or shares granted: issuer → holder. */
    WARRANT,
    /** Credit: lender → borrower. */
    LOAN,
    /** A guarantee of debt, capacity or residual value: guarantor → beneficiary. */
    GUARANTEE;

    /** The spelling used in deal files and reports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Purchases and leases are supply: their {@code from} is the deal's buyer, their {@code to} its supplier. */
    public boolean isSupply() {
        return this == PURCHASE || this == LEASE;
    }

    /** Investments and warrants hand the receiver equity. */
    public boolean isEquity() {
        return this == INVESTMENT || this == WARRANT;
    }
}
