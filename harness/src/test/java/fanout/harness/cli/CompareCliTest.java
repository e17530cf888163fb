package fanout.harness.cli;

import static fanout.harness.cli.CliOutcome.expectUsage;
import static fanout.harness.cli.CliOutcome.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fanout.harness.model.ResultDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fanout compare} on checked-in data: the golden run (A) against itself, and against a copy in which
 * exactly one benchmark (SEMAPHORE) is 1.5 times slower (B).
 */
class CompareCliTest {

    static final Path A = Path.of("src/test/resources/golden/results.json");
    static final Path B = Path.of("src/test/resources/compare/semaphore-slower.json");

    @TempDir
    Path tmp;

    @Test
    void aRunAgainstItselfHasNoSignificantChange() {
        CliOutcome outcome = run("compare", A, A, "--fail-on-regression");

        assertEquals(0, outcome.status(), outcome.err());
        assertEquals(6, outcome.rowsWith("no significant change").size() - 1, outcome.out()); // + summary line
        assertTrue(outcome.out().contains(
                "6 compared: 0 improved, 0 regressed, 6 no significant change (threshold 5%, alpha 0.01)"),
                outcome.out());
        assertFalse(outcome.out().contains("REGRESSED") || outcome.out().contains("improved  "), outcome.out());
    }

    @Test
    void theOneSlowerBenchmarkIsFlaggedAsRegressed() {
        CliOutcome outcome = run("compare", A, B);

        assertEquals(0, outcome.status(), "without --fail-on-regression a regression is no failure: " + outcome.err());
        List<String> regressed = outcome.rowsWith("REGRESSED");
        assertEquals(1, regressed.size(), outcome.out());
        assertTrue(regressed.get(0).contains("SEMAPHORE(k=64)"), regressed.get(0));
        assertTrue(regressed.get(0).contains("1.500"), regressed.get(0));
        assertTrue(outcome.out().contains(
                "6 compared: 0 improved, 1 regressed, 5 no significant change (threshold 5%, alpha 0.01)"),
                outcome.out());
    }

    @Test
    void failOnRegressionExitsWith1() {
        CliOutcome outcome = run("compare", A, B, "--fail-on-regression");

        assertEquals(FanoutCli.EXIT_FAILED, outcome.status(), outcome.out() + outcome.err());
        assertEquals("", outcome.err());
    }

    @Test
    void theReverseComparisonIsAnImprovement() {
        CliOutcome outcome = run("compare", B, A, "--fail-on-regression");

        assertEquals(0, outcome.status(), outcome.err());
        List<String> improved = outcome.rowsWith("  improved");
        assertEquals(1, improved.size(), outcome.out());
        assertTrue(improved.get(0).contains("SEMAPHORE(k=64)"), improved.get(0));
        assertTrue(outcome.out().contains("6 compared: 1 improved, 0 regressed, 5 no significant change"),
                outcome.out());
    }

    @Test
    void aLargerThresholdHidesTheRegression() {
        CliOutcome outcome = run("compare", A, B, "--threshold", "0.6", "--fail-on-regression");

        assertEquals(0, outcome.status(), outcome.out());
        assertTrue(outcome.out().contains("0 regressed, 6 no significant change (threshold 60%, alpha 0.01)"),
                outcome.out());
    }

    @Test
    void markdownIsWrittenWithTheSameTable() throws IOException {
        Path md = tmp.resolve("compare dir ü").resolve("compare.md");
        Files.createDirectories(md.getParent());

        CliOutcome outcome = run("compare", A, B, "--markdown", md);

        assertEquals(0, outcome.status(), outcome.err());
        String text = Files.readString(md);
        assertTrue(text.contains("| Benchmark | Case | JVM | A (ms/op) | B (ms/op) | B/A | B/A interval | p | Verdict |"),
                text);
        List<String> regressed = text.lines().filter(l -> l.contains("REGRESSED")).toList();
        assertEquals(1, regressed.size(), text);
        assertTrue(regressed.get(0).startsWith("| SimulatedIoBenchmark.fanOut | SEMAPHORE(k=64)"), regressed.get(0));
        assertEquals(6, text.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Benchmark") && !l.startsWith("| ---")).count(), text);
        assertTrue(text.contains("6 compared: 0 improved, 1 regressed, 5 no significant change"), text);
    }

    @Test
    void twoJvmsOfOneRun() throws IOException {
        Path run = twoJvmRun();

        CliOutcome outcome = run("compare", run, "--jvms", "jdk25,jdk17");

        assertEquals(0, outcome.status(), outcome.err());
        assertEquals(6, outcome.rowsWith("jdk25 vs jdk17").size(), outcome.out());
        assertTrue(outcome.out().contains("6 compared: 0 improved, 0 regressed, 6 no significant change"),
                outcome.out());
    }

    @Test
    void notMeasuredAndMissingRecordsAreListedNotErrors() throws IOException {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(B.toFile());
        ArrayNode records = (ArrayNode) doc.get("records");
        ObjectNode failed = (ObjectNode) records.get(0);
        failed.put("status", "FAILED").put("reason", "boom").putNull("score");
        records.remove(1);
        Path b = write("partial.json", doc);

        CliOutcome outcome = run("compare", A, b);

        assertEquals(0, outcome.status(), outcome.err());
        assertTrue(outcome.out().contains("4 compared: 0 improved, 1 regressed"), outcome.out());
        assertEquals(1, outcome.rowsWith("not comparable:").size(), outcome.out());
        assertTrue(outcome.rowsWith("not comparable:").get(0).contains("SEQUENTIAL")
                && outcome.rowsWith("not comparable:").get(0).contains("B: FAILED (boom)"), outcome.out());
        assertEquals(1, outcome.rowsWith("missing:").size(), outcome.out());
        assertTrue(outcome.rowsWith("missing:").get(0).contains("ALL_OF(DEFAULT_ASYNC)")
                && outcome.rowsWith("missing:").get(0).contains("only in A"), outcome.out());
    }

    @Test
    void badInputIsOneLineAndExitStatus2() throws IOException {
        String golden = Files.readString(A);
        Path truncated = write("truncated.json", golden.substring(0, golden.length() / 2));
        Path foreign = write("foreign.json", "{\"name\": \"package.json\", \"version\": \"1.0\"}");
        Path schema1 = write("schema1.json", golden.replace("\"schemaVersion\" : " + ResultDocument.SCHEMA_VERSION,
                "\"schemaVersion\" : 1"));
        ObjectNode otherJvm = (ObjectNode) new ObjectMapper().readTree(A.toFile());
        otherJvm.get("records").forEach(r -> ((ObjectNode) r).put("jvm", "jdk17"));
        Path disjoint = write("jdk17.json", otherJvm);
        Path twoJvms = twoJvmRun();

        expectUsage(run("compare", A, truncated), "truncated.json: not valid JSON (truncated or corrupt?)");
        expectUsage(run("compare", foreign, A), "foreign.json: not a fanout-bench results file");
        expectUsage(run("compare", A, schema1), "schema1.json: schema version 1, this suite reads version "
                + ResultDocument.SCHEMA_VERSION);
        expectUsage(run("compare", A, tmp.resolve("nope.json")), "nope.json: no such file");
        expectUsage(run("compare", A, disjoint), "no benchmark of " + A + " was measured in " + disjoint
                + " with the same parameters");
        expectUsage(run("compare", A, B, "--threshold", "1"), "--threshold must be at least 0 and below 1");
        expectUsage(run("compare", A, B, "--threshold", "-0.1"), "--threshold must be at least 0 and below 1");
        expectUsage(run("compare", A, B, "--alpha", "0"), "--alpha must be above 0 and below 1");
        expectUsage(run("compare", A, B, "--alpha", "1.5"), "--alpha must be above 0 and below 1");
        expectUsage(run("compare", A, B, "--alpha", "much"), "Invalid value for option '--alpha'");
        expectUsage(run("compare", twoJvms, "--jvms", "jdk25,jdk99"), "unknown JVM 'jdk99'");
        expectUsage(run("compare", twoJvms, "--jvms", "jdk25"), "--jvms needs exactly two JVM ids");
        expectUsage(run("compare", A, B, "--jvms", "jdk25,jdk17"), "give one results file, not 2");
        expectUsage(run("compare", A), "compare needs two results files");
    }

    /** The golden run with a second JVM, jdk17, whose records are copies of jdk25's. */
    private Path twoJvmRun() throws IOException {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(A.toFile());
        ArrayNode jvms = (ArrayNode) doc.get("run").get("jvms");
        jvms.add(((ObjectNode) jvms.get(0).deepCopy()).put("id", "jdk17"));
        ArrayNode records = (ArrayNode) doc.get("records");
        for (JsonNode r : List.copyOf(iterable(records))) {
            records.add(((ObjectNode) r.deepCopy()).put("jvm", "jdk17"));
        }
        return write("two-jvms.json", doc);
    }

    private static List<JsonNode> iterable(ArrayNode array) {
        List<JsonNode> all = new java.util.ArrayList<>();
        array.forEach(all::add);
        return all;
    }

    private Path write(String name, Object content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content instanceof String s ? s
                : new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(content));
        return file;
    }
}
