/** Report formats: one writer per format behind {@link dev.bubblerisk.report.ReportWriter}. */
package dev.bubblerisk.report;
