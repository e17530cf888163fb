package fanout.harness.report;

import static j2html.TagCreator.a;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.p;
import static j2html.TagCreator.span;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;

import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultsJson;
import fanout.harness.model.ResultsJson.InvalidResultsException;
import j2html.tags.DomContent;
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
        ReportFiles.write(resultsRoot.resolve("index.html"), html(entries, resultsRoot));
        ReportFiles.write(resultsRoot.resolve("index.md"), markdown(entries, resultsRoot));
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

    private static String html(List<Entry> entries, Path root) {
        List<DomContent> content = new ArrayList<>();
        content.add(h1("fanout-bench runs"));
        if (entries.isEmpty()) {
            content.add(p("No runs yet: " + root.resolve("runs") + " holds no run folder."));
        } else {
            content.add(p(entries.size() + " runs, newest first."));
            content.add(table(
                    thead(tr(each(List.of("run", "profile", "started", "JVMs", "complete", "records", "reports"),
                            name -> th(name)))),
                    tbody(each(entries, entry -> htmlRow(entry, root)))));
        }
        return Html.page("fanout-bench runs", content);
    }

    private static DomContent htmlRow(Entry entry, Path root) {
        Path html = entry.dir().resolve("report.html");
        Path md = entry.dir().resolve("report.md");
        DomContent id = Files.exists(html) ? a(entry.id()).withHref(Links.relative(root, html)) : span(entry.id());
        if (!entry.readable()) {
            return tr(td(id), td("unreadable: " + entry.problem()).attr("colspan", 6)).withClass("failed");
        }
        RecordCounts counts = RecordCounts.of(entry.doc());
        List<DomContent> links = new ArrayList<>();
        if (Files.exists(html)) {
            links.add(a("HTML").withHref(Links.relative(root, html)));
        }
        if (Files.exists(md)) {
            links.add(a("Markdown").withHref(Links.relative(root, md)));
        }
        links.add(a("results.json").withHref(Links.relative(root, entry.dir().resolve("results.json"))));
        List<DomContent> separated = new ArrayList<>();
        for (DomContent link : links) {
            if (!separated.isEmpty()) {
                separated.add(j2html.TagCreator.text(" · "));
            }
            separated.add(link);
        }
        return tr(td(id), td(entry.doc().run().profile()), td(EnvironmentFacts.time(entry.doc().run().startedAt())),
                td(jvms(entry.doc())), td(entry.doc().run().complete() ? "yes" : "INCOMPLETE"),
                td(counts.ok() + " ok, " + counts.failed() + " failed, " + counts.unsupported() + " unsupported"),
                td(each(separated.stream())))
                .withCondClass(!entry.doc().run().complete(), "unsupported");
    }

    private static String markdown(List<Entry> entries, Path root) {
        StringBuilder md = new StringBuilder("# fanout-bench runs\n\n");
        if (entries.isEmpty()) {
            return md.append("No runs yet.\n").toString();
        }
        md.append(entries.size()).append(" runs, newest first.\n\n");
        md.append("| run | profile | started | JVMs | complete | records | reports |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Entry entry : entries) {
            Path html = entry.dir().resolve("report.html");
            Path report = entry.dir().resolve("report.md");
            String id = Markdown.escape(entry.id());
            if (!entry.readable()) {
                md.append("| ").append(id).append(" | unreadable: ").append(Markdown.escape(entry.problem()))
                        .append(" | – | – | – | – | – |\n");
                continue;
            }
            RecordCounts counts = RecordCounts.of(entry.doc());
            List<String> links = new ArrayList<>();
            if (Files.exists(report)) {
                links.add("[Markdown](" + Links.relative(root, report) + ")");
            }
            if (Files.exists(html)) {
                links.add("[HTML](" + Links.relative(root, html) + ")");
            }
            links.add("[results.json](" + Links.relative(root, entry.dir().resolve("results.json")) + ")");
            md.append("| ").append(id)
                    .append(" | ").append(Markdown.escape(entry.doc().run().profile()))
                    .append(" | ").append(EnvironmentFacts.time(entry.doc().run().startedAt()))
                    .append(" | ").append(Markdown.escape(jvms(entry.doc())))
                    .append(" | ").append(entry.doc().run().complete() ? "yes" : "INCOMPLETE")
                    .append(" | ").append(counts.ok()).append(" ok, ").append(counts.failed()).append(" failed, ")
                    .append(counts.unsupported()).append(" unsupported")
                    .append(" | ").append(String.join(" · ", links)).append(" |\n");
        }
        return md.toString();
    }

    private static String jvms(ResultDocument doc) {
        return EnvironmentFacts.jvmNames(doc.run());
    }
}
