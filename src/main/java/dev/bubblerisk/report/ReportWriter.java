package dev.bubblerisk.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one output format. Output depends only on the report, so it is byte-identical across runs. */
public interface ReportWriter {

    void write(Report report, Writer out) throws IOException;
}
