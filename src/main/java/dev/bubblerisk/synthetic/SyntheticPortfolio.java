package dev.bubblerisk.synthetic;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic portfolio with the mix real books show: about one company per ten
 * deals, grouped in industry clusters of fifty in four tiers (buyers, clouds, chip makers, fabs);
 * each buyer goes back to one to three regular suppliers of the next tier for most of its deals,
 * so value flows up the tiers and loops are the exception; about three flows per deal (supplies
 * disclosed in tranches), every flow type, equity tied to purchases, vendor loans and guarantees,
 * holdings between regular partners, a planted loop of three to six companies every 500 deals,
 * missing financials, and deals spread over 2020–2025. The same deal count and seed always give
 * the same bytes.
 */
public final class SyntheticPortfolio {

    private static final int CLUSTER = 50;
    private static final int TIERS = 4;
    /** One deal in this many is the first of a planted loop. */
    private static final int RING_EVERY = 500;
    /** One regular buyer–supplier pair in this many is vendor-financed: the supplier invests in, lends to or backs the buyer. */
    private static final int FINANCED_PAIRS = 10;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2025, 10, 31).toEpochDay() - FIRST_DAY.toEpochDay());

    private final int deals;
    private final int companies;
    private final long seed;
    /** Each company's regular suppliers, and each company's regular customers (the inverse). */
    private final int[][] suppliers;
    private final int[][] customers;

    public SyntheticPortfolio(int deals, long seed) {
        if (deals < 1) {
            throw new IllegalArgumentException("--deals must be 1 or more, got " + deals);
        }
        this.deals = deals;
        this.companies = Math.max(2 * CLUSTER / 5, deals / 10);
        this.seed = seed;
        this.suppliers = regularSuppliers(new SplittableRandom(seed + 3));
        this.customers = inverse(suppliers);
    }

    /** One to three suppliers of the next tier of each company's cluster; none for the top tier, which only sells. */
    private int[][] regularSuppliers(SplittableRandom random) {
        int[][] regular = new int[companies][];
        for (int c = 0; c < companies; c++) {
            int tier = tier(c);
            regular[c] = new int[tier == TIERS - 1 ? 0 : 1 + random.nextInt(3)];
            for (int i = 0; i < regular[c].length; i++) {
                regular[c][i] = peer(c, tier + 1, tier + 2, random);
            }
        }
        return regular;
    }

    private int[][] inverse(int[][] suppliers) {
        int[] counts = new int[companies];
        for (int[] some : suppliers) {
            for (int supplier : some) {
                counts[supplier]++;
            }
        }
        int[][] inverse = new int[companies][];
        for (int c = 0; c < companies; c++) {
            inverse[c] = new int[counts[c]];
            counts[c] = 0;
        }
        for (int c = 0; c < companies; c++) {
            for (int supplier : suppliers[c]) {
                inverse[supplier][counts[supplier]++] = c;
            }
        }
        return inverse;
    }

    public void write(DealFileWriter out) throws IOException {
        out.begin("2025-10-31");
        writeCompanies(out, new SplittableRandom(seed));
        writeHoldings(out, new SplittableRandom(seed + 1));
        writeDeals(out, new SplittableRandom(seed + 2));
        out.end();
    }

    private void writeCompanies(DealFileWriter out, SplittableRandom random) throws IOException {
        out.beginSection("companies");
        for (int c = 0; c < companies; c++) {
            out.beginItem(1);
            out.field(1, "id", company(c), true);
            out.field(1, "name", "Company " + c, true);
            out.field(1, "listed", String.valueOf(random.nextBoolean()), false);
            if (random.nextDouble() < 0.9) {
                out.field(1, "founded", String.valueOf(1970 + random.nextInt(55)), false);
            }
            if (random.nextDouble() < 0.75) {
                writeFinancials(out, random);
            }
            if (tier(c) > 0 && random.nextDouble() < 0.2) {
                int customer = customers[c].length > 0 ? customers[c][random.nextInt(customers[c].length)] : peer(c, 0, tier(c), random);
                out.beginNested(1, "top_customers", true);
                out.beginItem(2);
                out.field(2, "company", company(customer), true);
                out.field(2, "share", (10 + random.nextInt(60)) + "%", true);
                out.endItem(2);
                out.endNested(1, true);
            }
            out.endItem(1);
        }
        out.endSection();
    }

    private static void writeFinancials(DealFileWriter out, SplittableRandom random) throws IOException {
        double revenue = Math.exp(17 + random.nextDouble() * 9);
        out.beginNested(1, "financials", false);
        out.field(2, "period", "FY2024", true);
        out.field(2, "revenue", amount(revenue), true);
        if (random.nextDouble() < 0.85) {
            out.field(2, "net_income", amount(revenue * (random.nextDouble() * 0.9 - 0.6)), true);
        }
        if (random.nextDouble() < 0.8) {
            out.field(2, "operating_cash_flow", amount(revenue * (random.nextDouble() * 0.8 - 0.4)), true);
        }
        if (random.nextDouble() < 0.7) {
            out.field(2, "interest_expense", amount(revenue * random.nextDouble() * 0.08), true);
            out.field(2, "operating_income", amount(revenue * (random.nextDouble() * 0.65 - 0.3)), true);
        }
        out.endNested(1, false);
    }

    private void writeHoldings(DealFileWriter out, SplittableRandom random) throws IOException {
        out.beginSection("holdings");
        for (int h = 0; h < companies / 5; h++) {
            int buyer = buyer(random);
            int supplier = regularSupplier(buyer, random);
            boolean supplierHolds = financedPair(buyer, supplier);
            int holder = supplierHolds ? supplier : buyer;
            int company = supplierHolds ? buyer : supplier;
            out.beginItem(1);
            out.field(1, "holder", company(holder), true);
            out.field(1, "company", company(company), true);
            out.field(1, "stake", (1 + random.nextInt(20)) + "%", true);
            out.endItem(1);
        }
        out.endSection();
    }

    private void writeDeals(DealFileWriter out, SplittableRandom random) throws IOException {
        out.beginSection("deals");
        int[] ring = new int[0];
        int ringStep = 0;
        for (int d = 0; d < deals; d++) {
            if (d % RING_EVERY == RING_EVERY / 2 && companies >= CLUSTER) {
                ring = ring(3 + d / RING_EVERY % 4, random);
                ringStep = 0;
            }
            int buyer;
            int supplier;
            boolean regular = false;
            if (ringStep < ring.length) {
                buyer = ring[ringStep];
                supplier = ring[(ringStep + 1) % ring.length];
                ringStep++;
            } else {
                buyer = buyer(random);
                double draw = random.nextDouble();
                regular = draw >= 0.06;
                supplier = regular ? regularSupplier(buyer, random)
                        : draw < 0.02 ? higherTierAnywhere(buyer, random)
                        : peer(buyer, tier(buyer) + 1, TIERS, random);
            }
            writeDeal(out, d, buyer, supplier, regular && financedPair(buyer, supplier), random);
        }
        out.endSection();
    }

    /**
     * One deal: a supply from buyer to supplier and what comes with it. Only a regular, financed
     * pair adds value flowing back (equity, loans and the like), and other investors are of a lower
     * tier than the buyer: value flowing down the tiers is what closes loops, so it stays as rare
     * as in the market, and so do loops.
     */
    private void writeDeal(DealFileWriter out, int d, int buyer, int supplier, boolean financed, SplittableRandom random)
            throws IOException {
        double size = Math.exp(Math.log(1e7) + random.nextDouble() * (Math.log(5e10) - Math.log(1e7)));
        out.beginItem(1);
        out.field(1, "id", String.format(Locale.ROOT, "d%07d", d), true);
        out.field(1, "title", "Deal " + d + " between " + company(buyer) + " and " + company(supplier), true);
        out.field(1, "announced", announced(random), true);
        if (random.nextDouble() < 0.08) {
            out.field(1, "binding", "false", false);
        }
        if (random.nextDouble() < 0.6) {
            out.field(1, "term_years", String.valueOf(1 + random.nextInt(7)), false);
        }
        out.beginNested(1, "flows", true);
        String supply = random.nextDouble() < 0.6 ? "purchase" : "lease";
        boolean disclosed = random.nextDouble() < 0.9;
        int tranches = tranches(random);
        for (int t = 1; t <= tranches; t++) {
            flow(out, t == 1 ? "supply" : "supply-" + t, supply, buyer, supplier, disclosed ? amount(size / tranches) : null, null);
        }
        if (financed) {
            writeVendorFinancing(out, buyer, supplier, size, random);
        }
        if (tier(buyer) > 0 && random.nextDouble() < 0.06) {
            int investor = peer(buyer, 0, tier(buyer), random);
            if (investor != buyer) {
                flow(out, "funding", "investment", investor, buyer, amount(size * random.nextDouble()), null);
            }
        }
        out.endNested(1, true);
        if (random.nextDouble() < 0.08) {
            out.beginNested(1, "reactions", true);
            out.beginItem(2);
            out.field(2, "company", company(supplier), true);
            out.field(2, "change", String.format(Locale.ROOT, "%+.1f%%", random.nextDouble() * 35 - 5), true);
            out.endItem(2);
            out.endNested(1, true);
        }
        out.endItem(1);
    }

    /** What a supplier that finances its buyer adds to a deal: equity, warrants, a loan, a guarantee, a lease back. */
    private static void writeVendorFinancing(DealFileWriter out, int buyer, int supplier, double size, SplittableRandom random)
            throws IOException {
        if (random.nextDouble() < 0.5) {
            flow(out, "stake", "investment", supplier, buyer, amount(size * (0.01 + random.nextDouble() * 0.3)),
                    random.nextDouble() < 0.4 ? "supply" : null);
        }
        if (random.nextDouble() < 0.2) {
            flow(out, "warrants", "warrant", supplier, buyer, null, random.nextDouble() < 0.7 ? "supply" : null);
        }
        if (random.nextDouble() < 0.3) {
            flow(out, "credit", "loan", supplier, buyer, amount(size * (0.2 + random.nextDouble())), null);
        }
        if (random.nextDouble() < 0.15) {
            flow(out, "backstop", "guarantee", supplier, buyer, amount(size * random.nextDouble()), null);
        }
        if (random.nextDouble() < 0.1) {
            flow(out, "rent-back", "lease", supplier, buyer, amount(size * random.nextDouble() * 0.3), null);
        }
    }

    /**
     * Whether the supplier finances this buyer (one pair in {@link #FINANCED_PAIRS}); a fixed
     * property of the pair, so its value flows back along few pairs, as in the market.
     */
    private boolean financedPair(int buyer, int supplier) {
        return new SplittableRandom(seed ^ (buyer * 0x9E3779B97F4A7C15L + supplier)).nextInt(FINANCED_PAIRS) == 0;
    }

    private static void flow(DealFileWriter out, String id, String type, int from, int to, String amount, String tiedTo)
            throws IOException {
        out.beginItem(2);
        out.field(2, "id", id, true);
        out.field(2, "type", type, true);
        out.field(2, "from", company(from), true);
        out.field(2, "to", company(to), true);
        if (amount != null) {
            out.field(2, "amount", amount, true);
        }
        if (tiedTo != null) {
            out.field(2, "tied_to", tiedTo, true);
        }
        if (type.equals("warrant")) {
            out.field(2, "shares", String.valueOf(1_000_000 + 1000L * (from % 200_000)), false);
        }
        if (type.equals("guarantee")) {
            out.field(2, "covers", from % 3 == 0 ? "debt" : from % 3 == 1 ? "capacity" : "residual-value", true);
        }
        out.endItem(2);
    }

    /**
     * How many tranches a supply is disclosed in (phases of a build-out, say): one to four, about
     * 2.75 on average, so a deal has about three flows in all.
     */
    private static int tranches(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.10 ? 1 : draw < 0.40 ? 2 : draw < 0.75 ? 3 : 4;
    }

    /** {@code length} distinct companies of one cluster, for a planted loop. */
    private int[] ring(int length, SplittableRandom random) {
        int base = (random.nextInt(companies / CLUSTER)) * CLUSTER;
        int[] ring = new int[length];
        int start = random.nextInt(CLUSTER - length);
        for (int i = 0; i < length; i++) {
            ring[i] = base + start + i;
        }
        return ring;
    }

    private static String announced(SplittableRandom random) {
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        double precision = random.nextDouble();
        return precision < 0.85 ? day.toString() : precision < 0.97 ? day.toString().substring(0, 7) : String.valueOf(day.getYear());
    }

    /** A company that buys: any but the top tier. */
    private int buyer(SplittableRandom random) {
        int buyer = random.nextInt(companies);
        return tier(buyer) == TIERS - 1 ? peer(buyer, 0, TIERS - 1, random) : buyer;
    }

    private int regularSupplier(int buyer, SplittableRandom random) {
        return suppliers[buyer][random.nextInt(suppliers[buyer].length)];
    }

    /** A company of the same cluster in tiers {@code [fromTier, toTier)}, or of any tier when that is empty. */
    private int peer(int company, int fromTier, int toTier, SplittableRandom random) {
        int base = clusterBase(company);
        int size = clusterSize(base);
        int low = fromTier * size / TIERS;
        int high = Math.max(low + 1, toTier * size / TIERS);
        int peer = base + low + random.nextInt(Math.min(high, size) - Math.min(low, size - 1));
        return peer == company ? (peer + 1 - base) % size + base : peer;
    }

    /** A company of a higher tier than the buyer's, in any cluster. */
    private int higherTierAnywhere(int buyer, SplittableRandom random) {
        int supplier = peer(random.nextInt(companies), tier(buyer) + 1, TIERS, random);
        return supplier == buyer ? regularSupplier(buyer, random) : supplier;
    }

    private int tier(int company) {
        int base = clusterBase(company);
        int size = clusterSize(base);
        return Math.min(TIERS - 1, (company - base) * TIERS / size);
    }

    /** The first company of a company's cluster: clusters of fifty, the last taking in the remainder. */
    private int clusterBase(int company) {
        int base = company / CLUSTER * CLUSTER;
        return base > 0 && base + CLUSTER > companies ? base - CLUSTER : base;
    }

    private int clusterSize(int base) {
        return base + 2 * CLUSTER > companies ? companies - base : CLUSTER;
    }

    private static String company(int c) {
        return String.format(Locale.ROOT, "co%06d", c);
    }

    /** "$1234.56M"-style amounts the loader reads; negative for losses. */
    private static String amount(double value) {
        double magnitude = Math.abs(value);
        String sign = value < 0 ? "-" : "";
        if (magnitude >= 1e9) {
            return sign + String.format(Locale.ROOT, "%.2fB", magnitude / 1e9);
        }
        return sign + String.format(Locale.ROOT, "%.2fM", Math.max(0.01, magnitude / 1e6));
    }
}
