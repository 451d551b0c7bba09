/** Synthetic portfolios for benchmarks: deterministic, realistic in mix, written straight to a deal file. */
package dev.bubblerisk.synthetic;
