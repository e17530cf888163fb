package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultsJson;
import fanout.harness.model.RunInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class RunIndexTest {
    private static final ResultDocument SAMPLE = SampleResults.load();

    @Test
    void listsEveryRunNewestFirstAndUnreadableOnesWithTheirReason(@TempDir Path root) throws Exception {
        Path older = run(root, "older run", SAMPLE.run().startedAt(), true);
        Path newer = run(root, "2025-07-01T08:00:00Z 'smoke'", SAMPLE.run().startedAt().plus(Duration.ofDays(30)),
                false);
        Reports.writeAll(ResultsJson.read(newer.resolve("results.json")), newer);
        Files.createDirectories(root.resolve("runs/truncated"));
        Files.writeString(root.resolve("runs/truncated/results.json"), "{\"format\": \"fanout-bench-res");
        Files.createDirectories(root.resolve("runs/empty"));
        Files.createSymbolicLink(root.resolve("runs/latest"), newer.getFileName());

        List<RunIndex.Entry> entries = RunIndex.write(root);

        List<String> ids = entries.stream().map(RunIndex.Entry::id).toList();
        assertEquals(4, ids.size(), ids.toString());
        assertTrue(ids.indexOf(newer.getFileName().toString()) < ids.indexOf(older.getFileName().toString()));
        assertFalse(ids.contains("latest"), "the symbolic link is listed as a run");
        RunIndex.Entry truncated = entries.stream().filter(e -> e.id().equals("truncated")).findFirst().orElseThrow();
        assertFalse(truncated.readable());
        assertTrue(truncated.problem().contains("not valid JSON"), truncated.problem());

        Document page = XmlPages.parse(Files.readString(root.resolve("index.html")));
        String text = page.getDocumentElement().getTextContent();
        assertTrue(text.contains("unreadable"));
        assertTrue(text.contains("INCOMPLETE"));
        List<String> hrefs = XmlPages.attributes(page, "href");
        assertTrue(hrefs.contains("runs/2025-07-01T08%3A00%3A00Z%20%27smoke%27/report.html"), hrefs.toString());
        for (String href : hrefs) {
            assertTrue(Files.exists(root.resolve(java.net.URLDecoder.decode(href, "UTF-8"))), href);
        }

        String md = Files.readString(root.resolve("index.md"));
        assertTrue(md.contains("(runs/2025-07-01T08%3A00%3A00Z%20%27smoke%27/report.md)"), md);
        assertEquals(4, md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| run")).count(), md);
    }

    @Test
    void resultsFolderWithoutRunsGivesAnEmptyIndex(@TempDir Path root) throws Exception {
        List<RunIndex.Entry> entries = RunIndex.write(root);

        assertEquals(List.of(), entries);
        assertNotNull(XmlPages.parse(Files.readString(root.resolve("index.html"))));
        assertTrue(Files.readString(root.resolve("index.md")).contains("No runs yet"));
    }

    private static Path run(Path root, String id, java.time.Instant startedAt, boolean complete) throws Exception {
        RunInfo r = SAMPLE.run();
        ResultDocument doc = SAMPLE.withRun(new RunInfo(id, r.profile(), startedAt, complete ? r.finishedAt() : null,
                complete, r.planned(), r.suiteVersion(), r.suiteCommit(), r.host(), r.jvms(), r.notes()));
        Path dir = Files.createDirectories(root.resolve("runs").resolve(id));
        Files.writeString(dir.resolve("results.json"), ResultsJson.write(doc));
        return dir;
    }
}
