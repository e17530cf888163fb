package fanout.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.TwoJvmRun;
import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.Comparer;
import fanout.harness.analysis.Comparison;
import fanout.harness.analysis.RunAnalysis;
import fanout.harness.chart.JvmComparisonChart;
import fanout.harness.model.RunInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report is written from one analysis: the JVM comparison, which chart 7, its sentence, the JVMs section of both
 * formats and their verdict tables all show, is computed once per report, not once per place that shows it.
 */
class AnalysedOnceTest {

    /** A comparer that counts how often it pairs two JVMs of a run. */
    private static final class CountingComparer extends Comparer {
        int pairings;

        @Override
        public Comparison pairJvms(List<? extends CaseResult<?>> results, RunInfo run, String jvmA, String jvmB) {
            pairings++;
            return super.pairJvms(results, run, jvmA, jvmB);
        }
    }

    @Test
    void theJvmComparisonRunsOncePerReportOfATwoJvmRun(@TempDir Path runDir) throws Exception {
        CountingComparer comparer = new CountingComparer();

        RunAnalysis analysis = RunAnalysis.of(TwoJvmRun.build(), comparer);
        Reports.Written written = Reports.writeAll(analysis, runDir);

        assertEquals(1, comparer.pairings, "one pair of JVMs, compared once");
        assertTrue(written.charts().stream().anyMatch(c -> c.id().equals(JvmComparisonChart.ID)), "chart 7 drawn");
        String md = Files.readString(written.markdown());
        String html = Files.readString(written.html());
        for (String page : List.of(md, html)) {
            assertTrue(page.contains("2.0× slower"), "the verdicts reached the page");
            assertTrue(page.contains("REGRESSED"), "the verdict table reached the page");
        }
    }

    @Test
    void aRunOnOneJvmComparesNothing(@TempDir Path runDir) {
        CountingComparer comparer = new CountingComparer();

        Reports.writeAll(RunAnalysis.of(TwoJvmRun.jdk25Only(), comparer), runDir);

        assertEquals(0, comparer.pairings);
    }
}
