package fanout.harness;

import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.RunInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small run on two JVMs, built from the sample run so that every verdict is known: the sample's undisturbed
 * simulated-I/O records of four labels at N = 100 and N = 1000 are its JDK 25 records, and JDK 17 (listed first,
 * so the baseline) has a copy of each where
 * <ul>
 *   <li>{@code SEQUENTIAL} and {@code FIXED_POOL(k=64)} are identical: equivalent;
 *   <li>{@code ALL_OF(DEFAULT_ASYNC)} has half the score, interval and samples: JDK 25 is 2× slower, with samples
 *       far apart, so regressed;
 *   <li>{@code VIRTUAL_SCOPE} is unsupported, with the reason the harness writes.
 * </ul>
 * Each record's samples are dealt into {@value #FORKS} forks, so that the fork-level comparison reaches verdicts.
 * So 6 records are measured on both (2 regressed, 4 equivalent) and 2 are unsupported on JDK 17.
 */
public final class TwoJvmRun {
    public static final String SLOWER = "ALL_OF(DEFAULT_ASYNC)";
    public static final String UNSUPPORTED = "VIRTUAL_SCOPE";
    public static final Set<String> SAME = Set.of("SEQUENTIAL", "FIXED_POOL(k=64)");
    public static final String REASON = "unsupported on JDK 17: VIRTUAL_SCOPE needs virtual threads (JDK 21+)";
    /** How many forks each record's samples are dealt into, so that the comparison reaches verdicts. */
    public static final int FORKS = 2;

    private TwoJvmRun() {}

    public static ResultDocument build() {
        ResultDocument sample = SampleResults.load();
        RunInfo run = sample.run();
        JvmInfo jdk25 = run.jvms().get(0);
        JvmInfo jdk17 = new JvmInfo("jdk17", "/usr/lib/jvm/java-17-openjdk-amd64/bin/java", "17.0.15",
                "Eclipse Adoptium", "OpenJDK 64-Bit Server VM", "17.0.15+6", jdk25.jvmArgs(), 1, 2);
        List<ResultRecord> jdk25Records = sample.records().stream()
                .filter(SampleResults::simulated)
                .filter(r -> SampleResults.caseOf(r) instanceof SimulatedIoCase c && Set.of(100, 1000).contains(c.n())
                        && c.undisturbed() && c.strategy().limit() == 64)
                .filter(r -> SAME.contains(SampleResults.label(r)) || SLOWER.equals(SampleResults.label(r))
                        || UNSUPPORTED.equals(SampleResults.label(r)))
                .toList();
        List<ResultRecord> records = new ArrayList<>();
        for (ResultRecord r : jdk25Records) {
            records.add(SampleResults.inForks(onJdk17(r), FORKS));
        }
        jdk25Records.forEach(r -> records.add(SampleResults.inForks(r, FORKS)));
        RunInfo twoJvms = new RunInfo(run.id(), run.profile(), run.startedAt(), run.finishedAt(), run.complete(),
                records.size(), run.suiteVersion(), run.suiteCommit(), run.host(), List.of(jdk17, jdk25),
                run.notes());
        return ResultDocument.of(twoJvms, records);
    }

    /** The same document with only its JDK 25 records and JVM: a run on one JVM. */
    public static ResultDocument jdk25Only() {
        ResultDocument doc = build();
        RunInfo run = doc.run();
        return ResultDocument.of(new RunInfo(run.id(), run.profile(), run.startedAt(), run.finishedAt(),
                run.complete(), run.planned(), run.suiteVersion(), run.suiteCommit(), run.host(),
                List.of(run.jvms().get(1)), run.notes()),
                doc.records().stream().filter(r -> r.jvm().equals("jdk25")).toList());
    }

    private static ResultRecord onJdk17(ResultRecord r) {
        ResultRecord jdk17 = r.withJvm("jdk17");
        if (UNSUPPORTED.equals(SampleResults.label(r))) {
            return jdk17.withoutMeasurement(RecordStatus.UNSUPPORTED, REASON);
        }
        return SLOWER.equals(SampleResults.label(r)) ? SampleResults.scaled(jdk17, 0.5) : jdk17;
    }
}
