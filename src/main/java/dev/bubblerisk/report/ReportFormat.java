package dev.bubblerisk.report;

import java.util.Locale;

/** The output formats of {@code score}, each with its writer. */
public enum ReportFormat {
    TABLE(new TableReportWriter()),
    JSON(new JsonReportWriter()),
    MARKDOWN(new MarkdownReportWriter()),
    CSV(new CsvReportWriter()),
    HTML(new HtmlReportWriter());

    private final ReportWriter writer;

    ReportFormat(ReportWriter writer) {
        this.writer = writer;
    }

    public ReportWriter writer() {
        return writer;
    }

    /** The name users type after {@code --format}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
