package fanout.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.SampleResults;
import fanout.harness.UsageException;
import fanout.harness.analysis.cases.Workload;
import fanout.harness.model.Calibration;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.ResultsJson;
import fanout.harness.model.RunInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** θ per family from an A/A pair: the largest ratio between the two runs, rounded up to 0.5%, at least 1%. */
class CalibratorTest {
    static final ResultDocument A = SampleResults.inForks(
            ResultsJson.read(Path.of("src/test/resources/compare/golden-v3.json")), 3);

    @Test
    void thetaOfEachFamilyIsItsLargestRatioRoundedUp() {
        // Run B: one simulated-I/O record 4% slower, another 2% faster; one overhead record 20% faster.
        List<ResultRecord> records = new ArrayList<>(A.records());
        records.set(0, SampleResults.scaled(records.get(0), 1.04));
        records.set(1, SampleResults.scaled(records.get(1), 0.98));
        int lastOverhead = records.size() - 1;
        assertEquals(Workload.OVERHEAD, SampleResults.caseOf(records.get(lastOverhead)).workload());
        records.set(lastOverhead, SampleResults.scaled(records.get(lastOverhead), 0.8));
        ResultDocument b = A.withRecords(records);

        Calibration calibration = Calibrator.calibrate(A, b, Instant.parse("2026-11-29T10:00:00Z"));

        assertEquals(Math.log(1.04), calibration.spread().get("simulated-io"), 1e-12);
        assertEquals(0.04, calibration.theta().get("simulated-io"), 1e-12);
        assertEquals(-Math.log(0.8), calibration.spread().get("overhead"), 1e-12);
        assertEquals(0.25, calibration.theta().get("overhead"), 1e-12);
        assertEquals(List.of(A.run().id(), b.run().id()), calibration.runs());
        assertEquals("2026-11-29T10:00:00Z", calibration.date());
        Thresholds thresholds = Thresholds.of(calibration);
        assertEquals(0.04, thresholds.of(Workload.SIMULATED_IO), 1e-12);
        assertEquals(Thresholds.UNCALIBRATED, thresholds.of(Workload.GIT), "no git records: not calibrated");
    }

    @Test
    void everyTwoOfSeveralRunsAreComparedAndTheLargestDriftCounts() {
        // Runs 1 and 2 differ by 2%, 2 and 3 by 3%, so 1 and 3 by 5.06%: only the pair (1, 3) shows it.
        ResultDocument run2 = A.withRecords(List.of(SampleResults.scaled(A.records().get(0), 1.02)));
        ResultDocument run3 = A.withRecords(List.of(SampleResults.scaled(A.records().get(0), 1.02 * 1.03)));
        ResultDocument run1 = A.withRecords(List.of(A.records().get(0)));

        Calibration calibration = Calibrator.calibrate(List.of(run1, run2, run3), Instant.EPOCH);

        assertEquals(Math.log(1.02 * 1.03), calibration.spread().get("simulated-io"), 1e-12);
        assertEquals(0.055, calibration.theta().get("simulated-io"), 1e-12);
        assertEquals(3, calibration.runs().size());
    }

    @Test
    void runsOfAnotherProfileOrMachineAreRefused() {
        var run = A.run();
        ResultDocument otherProfile = A.withRun(new RunInfo(run.id() + "-full", "full",
                run.startedAt(), run.finishedAt(), run.complete(), run.planned(), run.suiteVersion(),
                run.suiteCommit(), run.host(), run.jvms(), run.notes()));
        ResultDocument otherCpu = SampleResults.withCpuModel(A, "Intel Xeon Gold 6338");

        UsageException profile = assertThrows(UsageException.class,
                () -> Calibrator.calibrate(A, otherProfile, Instant.EPOCH));
        UsageException machine = assertThrows(UsageException.class,
                () -> Calibrator.calibrate(A, otherCpu, Instant.EPOCH));

        assertTrue(profile.getMessage().contains("profiles differ: A smoke; B full"),
                profile.getMessage());
        assertTrue(machine.getMessage().contains("machines differ"), machine.getMessage());
    }

    @Test
    void runsWithoutForksSayNothingOfTheirSpreadAndAreRefused() {
        ResultDocument iterationsOnly = ResultsJson.read(Path.of("src/test/resources/compare/golden-v3.json"));

        UsageException refused = assertThrows(UsageException.class,
                () -> Calibrator.calibrate(iterationsOnly, iterationsOnly, Instant.EPOCH));

        assertTrue(refused.getMessage().contains("no case was measured with two or more forks"),
                refused.getMessage());
    }

    @Test
    void thetaIsAtLeastOnePercentAndAMultipleOfHalfAPercent() {
        assertEquals(0.01, Calibrator.theta(0), 1e-12);
        assertEquals(0.01, Calibrator.theta(Math.log(1.004)), 1e-12);
        assertEquals(0.015, Calibrator.theta(Math.log(1.0101)), 1e-12);
        assertEquals(0.03, Calibrator.theta(Math.log(1.03)), 1e-12);
        assertEquals(0.55, Calibrator.theta(Math.log(1.5499)), 1e-12);
    }

    @Test
    void theCalibrationFileReadsBack(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Calibration calibration = new Calibration(Calibration.FORMAT, "ci", "bench (AMD EPYC)", "2026-11-29T10:00:00Z",
                List.of("r1", "r2"), Map.of("git", 0.4), Map.of("git", 0.5));
        Path file = dir.resolve(Calibration.FILE);
        java.nio.file.Files.writeString(file, ResultsJson.write(calibration));

        assertEquals(calibration, ResultsJson.readCalibration(file));
    }
}
