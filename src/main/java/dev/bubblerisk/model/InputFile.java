package dev.bubblerisk.model;

import java.time.LocalDate;

/**
 * A deal file that was read, for the audit stamp of a report.
 *
 * @param path   as the user named it (or as found under a named directory)
 * @param sha256 hex digest of the file's bytes
 * @param asOf   the date the file's facts describe
 */
public record InputFile(String path, String sha256, LocalDate asOf) {
}
