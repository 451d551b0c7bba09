/**
 * Report formats: one writer per format behind {@link dev.bubblerisk.report.ReportWriter}; the
 * money-flow graph's layout and drawing live in {@code report.graph}.
 */
package dev.bubblerisk.report;
