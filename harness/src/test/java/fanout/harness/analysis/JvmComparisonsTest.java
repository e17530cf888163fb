package fanout.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.TwoJvmRun;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.RunInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The automatic comparison of a run's JVMs, on a run whose verdicts are known ({@link TwoJvmRun}). */
class JvmComparisonsTest {
    private static final ResultDocument TWO_JVMS = TwoJvmRun.build();

    /** The comparison of the document's JVMs, as its analysis computes it once for the report. */
    private static Optional<JvmComparisons> comparisonsOf(ResultDocument document) {
        return RunAnalysis.of(document).jvmComparisons();
    }

    @Test
    void aRunOnOneJvmHasNothingToCompare() {
        assertTrue(comparisonsOf(TwoJvmRun.jdk25Only()).isEmpty());
    }

    @Test
    void comparesTheOtherJvmWithTheFirstTheRunLists() {
        JvmComparisons comparisons = comparisonsOf(TWO_JVMS).orElseThrow();

        assertEquals("jdk17", comparisons.baseline().id());
        assertEquals(1, comparisons.pairs().size());
        JvmPair pair = comparisons.pairs().get(0);
        assertEquals("jdk17", pair.a().id());
        assertEquals("jdk25", pair.b().id());
        assertEquals("JDK 25.0.1 vs JDK 17.0.15", pair.title());
    }

    @Test
    void verdictsFollowTheData() {
        Comparison comparison = comparisonsOf(TWO_JVMS).orElseThrow().pairs().get(0).comparison();

        assertEquals(6, comparison.changes().size());
        for (Change change : comparison.changes()) {
            String label = change.benchmarkCase().label();
            if (TwoJvmRun.SLOWER.equals(label)) {
                assertEquals(Verdict.REGRESSED, change.verdict(), change.toString());
                assertEquals(2.0, change.ratio().value(), 1e-9);
                assertEquals("2.0× slower", change.effect());
            } else {
                assertTrue(TwoJvmRun.SAME.contains(label), label);
                assertEquals(Verdict.EQUIVALENT, change.verdict(), change.toString());
            }
        }
        assertEquals(2, comparison.notComparable().size());
        assertTrue(comparison.notComparable().stream().allMatch(u -> TwoJvmRun.REASON.equals(u.reason())
                && u.statusA() == RecordStatus.UNSUPPORTED && u.statusB() == RecordStatus.OK));
        assertEquals(List.of(), comparison.missing());
    }

    @Test
    void summaryCountsVerdictsAndNamesTheLargestChangeAndTheUnsupported() {
        String summary = comparisonsOf(TWO_JVMS).orElseThrow().pairs().get(0).summary();

        assertTrue(summary.startsWith("On JDK 25.0.1 vs JDK 17.0.15: of 6 records measured on both, 0 improved,"
                + " 2 regressed, 4 are equivalent, 0 inconclusive, 0 with too few forks for a verdict; "), summary);
        assertTrue(summary.contains(TwoJvmRun.SLOWER + " n="), summary);
        assertTrue(summary.contains("(SimulatedIoBenchmark) regressed most: 2.0× slower ["), summary);
        assertTrue(summary.contains("By strategy: SEQUENTIAL 2 equivalent; ALL_OF 2 regressed;"
                + " FIXED_POOL 2 equivalent."), summary);
        assertTrue(summary.endsWith("2 records are unsupported on JDK 17.0.15 (VIRTUAL_SCOPE); the reasons are listed below."),
                summary);
    }

    @Test
    void summaryNamesTheLargestImprovement() {
        // Swap the JVMs' order: JDK 25 becomes the baseline and JDK 17 is then 2× faster.
        RunInfo run = TWO_JVMS.run();
        ResultDocument swapped = TWO_JVMS.withRun(new RunInfo(run.id(), run.profile(), run.startedAt(),
                run.finishedAt(), run.complete(), run.planned(), run.suiteVersion(), run.suiteCommit(), run.host(),
                List.of(run.jvms().get(1), run.jvms().get(0)), run.notes()));

        String summary = comparisonsOf(swapped).orElseThrow().pairs().get(0).summary();

        assertTrue(summary.contains("0 regressed") && summary.contains("2 improved"), summary);
        assertTrue(summary.contains("improved most: 2.0× faster"), summary);
        assertTrue(summary.contains("2 records are unsupported on JDK 17.0.15 (VIRTUAL_SCOPE)"), summary);
    }

    @Test
    void everyOtherJvmIsComparedWithTheFirst() {
        RunInfo run = TWO_JVMS.run();
        JvmInfo jdk21 = new JvmInfo("jdk21", "/jdk21/bin/java", "21.0.7", "Eclipse Adoptium", "OpenJDK 64-Bit",
                "21.0.7+6", List.of(), 1, 2);
        List<ResultRecord> records = new ArrayList<>(TWO_JVMS.records());
        TWO_JVMS.records().stream().filter(r -> r.jvm().equals("jdk25")).forEach(r -> records.add(r.withJvm("jdk21")));
        ResultDocument three = ResultDocument.of(new RunInfo(run.id(), run.profile(), run.startedAt(),
                run.finishedAt(), run.complete(), records.size(), run.suiteVersion(), run.suiteCommit(), run.host(),
                List.of(run.jvms().get(0), jdk21, run.jvms().get(1)), run.notes()), records);

        JvmComparisons comparisons = comparisonsOf(three).orElseThrow();

        assertEquals(List.of("jdk17 vs jdk21", "jdk17 vs jdk25"), comparisons.pairs().stream()
                .map(p -> p.a().id() + " vs " + p.b().id()).toList());
        assertEquals(2, comparisons.pairs().get(0).comparison().count(Verdict.REGRESSED));
    }

    @Test
    void factorsReadAsTimes() {
        assertEquals("41×", Change.factor(41.46));
        assertEquals("1.5×", Change.factor(1.5));
    }
}
