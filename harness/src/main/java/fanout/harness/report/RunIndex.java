package fanout.harness.report;


import fanout.harness.analysis.JvmNames;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.RecordCounts;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.RunInfo;
import fanout.harness.model.ResultsJson;
import fanout.harness.model.ResultsJson.InvalidResultsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The index of every run under a results folder ({@code runs/<run-id>/results.json}), newest first, as
 * {@code index.html} and {@code index.md} in that folder: id, profile, date, JVMs, whether it completed, how many
 * records were measured, failed or unsupported, and links to its reports. A run folder whose results cannot be
 * read is listed with the reason, not skipped and not fatal. Symbolic links (such as a "latest" link) are not
 * listed, so no run appears twice.
 */
public final class RunIndex {
    private RunIndex() {}

    /**
     * One run folder.
     *
     * @param id the folder's name
     * @param dir the folder
     * @param doc its results, null when they cannot be read
     * @param problem why they cannot be read, null when they can
     * @param time when it started, or when the folder last changed for an unreadable run
     */
    public record Entry(String id, Path dir, ResultDocument doc, String problem, Instant time) {
        public boolean readable() {
            return doc != null;
        }
    }

    /**
     * Writes {@code index.html} and {@code index.md} into {@code resultsRoot}, each replaced whole.
     *
     * @return the runs listed, newest first
     * @throws UncheckedIOException if the runs folder cannot be listed or an index cannot be written
     */
    public static List<Entry> write(Path resultsRoot) {
        List<Entry> entries = entries(resultsRoot);
        Report index = report(entries, resultsRoot);
        ReportFiles.write(resultsRoot.resolve("index.html"), HtmlRenderer.page(index, resultsRoot));
        ReportFiles.write(resultsRoot.resolve("index.md"), MarkdownRenderer.page(index, resultsRoot));
        return entries;
    }

    /** The run folders under {@code resultsRoot/runs}, newest first; none when that folder does not exist. */
    public static List<Entry> entries(Path resultsRoot) {
        Path runs = resultsRoot.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(runs)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !Files.isSymbolicLink(d)).toList()) {
                entries.add(read(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the runs in " + runs + ": " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(Entry::time).thenComparing(Entry::id).reversed());
        return entries;
    }

    private static Entry read(Path dir) {
        String id = dir.getFileName().toString();
        Path results = dir.resolve("results.json");
        try {
            ResultDocument doc = ResultsJson.read(results);
            if (doc.run() == null) {
                return unreadable(id, dir, "results.json has no run metadata");
            }
            Instant started = doc.run().startedAt();
            return new Entry(id, dir, doc, null, started != null ? started : modified(dir));
        } catch (InvalidResultsException e) {
            return unreadable(id, dir, e.getMessage().replace(results + ": ", "results.json: "));
        }
    }

    private static Entry unreadable(String id, Path dir, String problem) {
        return new Entry(id, dir, null, problem, modified(dir));
    }

    private static Instant modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** The index as a report: a line saying how many runs, and a table with a row per run. */
    private static Report report(List<Entry> entries, Path root) {
        if (entries.isEmpty()) {
            return new Report("fanout-bench runs", List.of(Block.Paragraph.of("No runs yet: "
                    + root.resolve("runs") + " holds no run folder.")), List.of());
        }
        List<Table.Row> rows = entries.stream().map(RunIndex::row).toList();
        return new Report("fanout-bench runs", List.of(Block.Paragraph.of(entries.size() + " runs, newest first."),
                new Table("", List.of("run", "profile", "started", "JVMs", "complete", "records", "reports"), rows,
                        "")), List.of());
    }

    private static Table.Row row(Entry entry) {
        Path html = entry.dir().resolve("report.html");
        Cell id = Files.exists(html) ? new Cell.Links(List.of(new Cell.Link(entry.id(), html)))
                : Cell.text(entry.id());
        if (!entry.readable()) {
            return new Table.Row(List.of(id, Cell.text("unreadable: " + entry.problem()), Cell.missing(),
                    Cell.missing(), Cell.missing(), Cell.missing(), Cell.missing()), Table.Mark.FAILED);
        }
        RunInfo run = entry.doc().run();
        RecordCounts counts = RecordCounts.of(entry.doc());
        List<Cell.Link> links = new ArrayList<>();
        if (Files.exists(html)) {
            links.add(new Cell.Link("HTML", html));
        }
        Path md = entry.dir().resolve("report.md");
        if (Files.exists(md)) {
            links.add(new Cell.Link("Markdown", md));
        }
        links.add(new Cell.Link("results.json", entry.dir().resolve("results.json")));
        return new Table.Row(List.of(id, Cell.text(run.profile()), Cell.text(Numbers.time(run.startedAt())),
                Cell.text(new JvmNames(run).all()), Cell.text(run.complete() ? "yes" : "INCOMPLETE"),
                Cell.text(counts.ok() + " ok, " + counts.failed() + " failed, " + counts.unsupported()
                        + " unsupported"), new Cell.Links(links)),
                run.complete() ? Table.Mark.NONE : Table.Mark.INCOMPLETE);
    }
}
