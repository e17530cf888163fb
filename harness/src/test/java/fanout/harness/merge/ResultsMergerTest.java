package fanout.harness.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.analysis.JvmNames;
import fanout.harness.model.HostInfo;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.ResultsJson;
import fanout.harness.model.RunInfo;
import fanout.harness.UsageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ResultsMerger} on checked-in data: the golden run (machine {@code bench-host}, {@code jdk25}) and
 * {@code merge/bench-b.json} (machine {@code bench-b}, {@code jdk25} and {@code jdk21}).
 */
class ResultsMergerTest {
    static final Path A_FILE = Path.of("src/test/resources/golden/results.json");
    static final Path B_FILE = Path.of("src/test/resources/merge/bench-b.json");
    static final ResultDocument A = ResultsJson.read(A_FILE);
    static final ResultDocument B = ResultsJson.read(B_FILE);

    private static ResultDocument merge(ResultDocument... documents) {
        List<MergeSource> sources = new java.util.ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            sources.add(new MergeSource("input-" + (i + 1) + ".json", documents[i]));
        }
        return new ResultsMerger(sources).document("2026-11-21T09-00-00Z-merged");
    }

    private static Map<String, JvmInfo> jvmsById(ResultDocument doc) {
        return doc.run().jvms().stream().collect(Collectors.toMap(JvmInfo::id, Function.identity()));
    }

    @Test
    void twoMachinesJvmsAreLabelledWithTheirMachineOnlyWhereTheirIdsCollide() {
        ResultDocument merged = merge(A, B);

        assertEquals(List.of("bench-host-jdk25", "bench-b-jdk25", "jdk21"),
                merged.run().jvms().stream().map(JvmInfo::id).toList());
        Map<String, JvmInfo> jvms = jvmsById(merged);
        assertEquals("bench-host", jvms.get("bench-host-jdk25").host().name());
        assertEquals("bench-b", jvms.get("bench-b-jdk25").host().name());
        assertEquals("Intel Xeon Gold 6338", jvms.get("jdk21").host().cpuModel());
        assertEquals(A.run().id(), jvms.get("bench-host-jdk25").run());
        assertEquals(B.run().id(), jvms.get("bench-b-jdk25").run());
        assertEquals(B.run().id(), jvms.get("jdk21").run());
    }

    @Test
    void everyRecordIsKeptInOrderAndRePointedAtItsJvmsNewId() {
        ResultDocument merged = merge(A, B);

        assertEquals(A.records().size() + B.records().size(), merged.records().size());
        List<ResultRecord> fromA = merged.records().subList(0, A.records().size());
        List<ResultRecord> fromB = merged.records().subList(A.records().size(), merged.records().size());
        assertEquals(A.records().stream().map(r -> r.withJvm("bench-host-jdk25")).toList(), fromA);
        assertEquals(B.records().stream().map(r -> r.withJvm(r.jvm().equals("jdk25") ? "bench-b-jdk25" : "jdk21"))
                .toList(), fromB);
        assertEquals(2, merged.records().stream().filter(r -> r.jvm().equals("jdk21")).count());
    }

    @Test
    void runMetadataSpansTheInputsAndHasNoSingleHost() {
        RunInfo run = merge(A, B).run();

        assertEquals("2026-11-21T09-00-00Z-merged", run.id());
        assertEquals(ResultsMerger.PROFILE, run.profile());
        assertEquals(A.run().startedAt(), run.startedAt());
        assertEquals(B.run().finishedAt(), run.finishedAt());
        assertTrue(run.complete());
        assertEquals(A.run().planned() + B.run().planned(), run.planned());
        assertEquals("0.1.0-SNAPSHOT", run.suiteVersion());
        assertEquals("mixed: 0123456789abcdef, fedcba9876543210", run.suiteCommit());
        assertNull(run.host(), "two machines: no single host");
        assertEquals(List.of("bench-host", "bench-b"), run.machines().stream().map(HostInfo::name).toList());
        assertEquals("bench-b", run.hostOf("jdk21").name());
        String mergedFrom = run.notes().get(0);
        assertTrue(mergedFrom.startsWith("merged from 2 runs: " + A.run().id() + " (smoke profile, machine bench-host,"
                + " file input-1.json); " + B.run().id() + " (smoke profile, machine bench-b"), mergedFrom);
        assertEquals(List.of("run " + A.run().id() + ": a note", "run " + B.run().id() + ": measured on the second machine"),
                run.notes().subList(1, run.notes().size()));
    }

    @Test
    void twoRunsOfOneMachineAreLabelledWithTheRunAndKeepTheHost() {
        ResultDocument again = SampleResults.withRunId(A, "2026-11-21T08-00-00Z-smoke");

        ResultDocument merged = merge(A, again);

        assertEquals(List.of("bench-host-jdk25-2026-11-21T06-07-56Z-smoke", "bench-host-jdk25-2026-11-21T08-00-00Z-smoke"),
                merged.run().jvms().stream().map(JvmInfo::id).toList());
        assertEquals(A.run().host(), merged.run().host());
        assertEquals(2 * A.records().size(), merged.records().size());
    }

    @Test
    void eachJvmIsDescribedInWordsThatTellItApart() {
        JvmNames twoMachines = new JvmNames(merge(A, B).run());
        JvmNames oneMachine = new JvmNames(merge(A, SampleResults.withRunId(A, "2026-11-21T08-00-00Z-smoke")).run());
        JvmNames single = new JvmNames(A.run());

        assertEquals("JDK 25.0.3 Eclipse Adoptium on bench-b", twoMachines.full("bench-b-jdk25"));
        assertEquals("JDK 21.0.9 Eclipse Adoptium on bench-b", twoMachines.full("jdk21"));
        assertEquals("JDK 25.0.3 Eclipse Adoptium (bench-host-jdk25-2026-11-21T08-00-00Z-smoke)",
                oneMachine.full("bench-host-jdk25-2026-11-21T08-00-00Z-smoke"));
        assertEquals("JDK 25.0.3 Eclipse Adoptium", single.full("jdk25"));
        assertEquals("jdk99", single.full("jdk99"));
    }

    @Test
    void idsAreReducedToCharactersSafeInFileNames() {
        ResultDocument odd = SampleResults.withHostName(B, "lab machine #1/ü");

        ResultDocument merged = merge(A, odd);

        assertEquals(List.of("bench-host-jdk25", "lab-machine-1-jdk25", "jdk21"),
                merged.run().jvms().stream().map(JvmInfo::id).toList());
        assertEquals("lab machine #1/ü", merged.run().hostOf("lab-machine-1-jdk25").name(), "the name itself is kept");
        merged.run().jvms().forEach(jvm -> assertTrue(jvm.id().matches("[A-Za-z0-9._-]+"), jvm.id()));
    }

    @Test
    void theSameRunTwiceIsRefusedRatherThanCountedTwice() {
        UsageException e = assertThrows(UsageException.class, () -> merge(A, B, A));

        assertEquals("input-1.json and input-3.json both hold the records of JDK 25.0.3 Eclipse Adoptium measured on"
                + " bench-host by run 2026-11-21T06-07-56Z-smoke; give each run once", e.getMessage());
    }

    @Test
    void aMergedDocumentTogetherWithOneOfItsRunsIsRefused() {
        ResultDocument merged = merge(A, B);

        UsageException e = assertThrows(UsageException.class, () -> merge(merged, B));

        assertTrue(e.getMessage().contains("both hold the records of JDK 25.0.3 Eclipse Adoptium measured on bench-b"),
                e.getMessage());
    }

    @Test
    void aMergedDocumentMergesAgainWithAThirdMachine() {
        ResultDocument merged = merge(A, B);
        ResultDocument third = SampleResults.withRunId(SampleResults.withHostName(A, "bench-c"),
                "2026-11-21T08-30-00Z-smoke");

        ResultDocument again = merge(merged, third);

        assertEquals(List.of("bench-host-jdk25", "bench-b-jdk25", "jdk21", "jdk25"),
                again.run().jvms().stream().map(JvmInfo::id).toList());
        assertEquals("bench-c", again.run().hostOf("jdk25").name());
        assertEquals(A.run().id(), again.run().runOf("bench-host-jdk25"), "the source run survives a second merge");
        assertEquals(merged.records().size() + A.records().size(), again.records().size());
    }

    @Test
    void fewerThanTwoInputsAreRefused() {
        UsageException e = assertThrows(UsageException.class, () -> merge(A));

        assertEquals("merge needs two or more results files (A.json B.json ...); got 1", e.getMessage());
    }

    @Test
    void aRecordOfAJvmTheRunDoesNotListIsRefused() {
        ResultDocument stray = A.with(A.records().get(0).withJvm("jdk99"));

        UsageException e = assertThrows(UsageException.class, () -> merge(stray, B));

        assertTrue(e.getMessage().startsWith("input-1.json: record SEQUENTIAL of SimulatedIoBenchmark.fanOut names JVM"
                + " jdk99, which run 2026-11-21T06-07-56Z-smoke does not list"), e.getMessage());
    }

    @Test
    void anIncompleteInputMakesTheMergeIncompleteAndUnfinished() {
        RunInfo r = B.run();
        ResultDocument killed = B.withRun(new RunInfo(r.id(), r.profile(), r.startedAt(), null, false, r.planned() + 5,
                r.suiteVersion(), r.suiteCommit(), r.host(), r.jvms(), r.notes()));

        RunInfo run = merge(A, killed).run();

        assertEquals(false, run.complete());
        assertNull(run.finishedAt());
        assertEquals(A.run().planned() + B.run().planned() + 5, run.planned());
        assertTrue(run.notes().get(0).contains(", INCOMPLETE)"), run.notes().get(0));
    }

    @Test
    void theMergedDocumentSurvivesTheResultsFile() {
        ResultDocument merged = merge(A, B);

        ResultDocument read = ResultsJson.mapper().convertValue(
                ResultsJson.mapper().valueToTree(merged), ResultDocument.class);

        assertEquals(merged, read);
        assertTrue(ResultsJson.write(merged).contains("\"schemaVersion\" : " + ResultDocument.SCHEMA_VERSION));
    }
}
