package fanout.harness;

import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.cases.Case;
import fanout.harness.model.HostInfo;
import fanout.harness.model.Measurement;
import fanout.harness.model.RecordStatus;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.ResultsJson;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The checked-in sample run ({@code sample-results.json}) and small edits of it. Tests rely on its structure (the
 * sweeps SPEC §7 charts), never on its numbers, so that a real run's output can replace it.
 */
public final class SampleResults {
    private SampleResults() {}

    public static Path path() {
        try {
            return Path.of(SampleResults.class.getResource("/sample-results.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ResultDocument load() {
        return ResultsJson.read(path());
    }

    /** The document with every record passed through {@code edit}. */
    public static ResultDocument mapRecords(ResultDocument doc, UnaryOperator<ResultRecord> edit) {
        return ResultDocument.of(doc.run(), doc.records().stream().map(edit).toList());
    }

    /** The document with the records matching {@code which} passed through {@code edit}, the others unchanged. */
    public static ResultDocument mapRecords(ResultDocument doc, Predicate<ResultRecord> which,
            UnaryOperator<ResultRecord> edit) {
        return mapRecords(doc, r -> which.test(r) ? edit.apply(r) : r);
    }

    public static ResultDocument keepRecords(ResultDocument doc, Predicate<ResultRecord> which) {
        return ResultDocument.of(doc.run(), doc.records().stream().filter(which).toList());
    }

    /** The record measured at another score: interval and samples moved with it, error kept. */
    public static ResultRecord withScore(ResultRecord r, double score) {
        double shift = score - r.measurement().score();
        return r.withMeasurement(r.measurement().map(x -> x + shift));
    }

    /** The record measured {@code factor} times slower: score, error, interval and samples scaled. */
    public static ResultRecord scaled(ResultRecord r, double factor) {
        return r.withMeasurement(r.measurement().map(x -> x * factor));
    }

    /**
     * The record as if its samples had come from {@code forks} forks: the samples dealt round-robin into that many
     * groups, with the sampling that says so. The checked-in sample predates samples by fork (it reads as one group,
     * on which no verdict rests); this gives tests of fork-level statistics real numbers to work on.
     */
    public static ResultRecord inForks(ResultRecord r, int forks) {
        if (!r.ok()) {
            return r;
        }
        List<Double> samples = r.measurement().samples();
        List<List<Double>> groups = new java.util.ArrayList<>();
        for (int f = 0; f < forks; f++) {
            List<Double> group = new java.util.ArrayList<>();
            for (int i = f; i < samples.size(); i += forks) {
                group.add(samples.get(i));
            }
            groups.add(group);
        }
        Measurement m = r.measurement();
        return r.withMeasurement(new Measurement(m.score(), m.error(), m.ci(), m.unit(), groups,
                new Measurement.Sampling(forks, 0, "1 s", samples.size() / forks, "1 s")));
    }

    /** The document with every measured record in {@code forks} forks ({@link #inForks}). */
    public static ResultDocument inForks(ResultDocument doc, int forks) {
        return mapRecords(doc, r -> inForks(r, forks));
    }

    /** The record as if it had failed or been unsupported, without a measurement. */
    public static ResultRecord withStatus(ResultRecord r, RecordStatus status, String reason) {
        return r.withoutMeasurement(status, reason);
    }

    public static ResultRecord withParam(ResultRecord r, String name, String value) {
        Map<String, String> params = new HashMap<>(r.params());
        params.put(name, value);
        return r.withParams(params);
    }

    /** The record's typed case. */
    public static Case caseOf(ResultRecord r) {
        return CaseResult.of(r).benchmarkCase();
    }

    /** The record's label, as every table and chart names it. */
    public static String label(ResultRecord r) {
        return caseOf(r).label();
    }

    public static ResultDocument withHostName(ResultDocument doc, String name) {
        HostInfo h = doc.run().host();
        return withHost(doc, new HostInfo(name, h.os(), h.osVersion(), h.arch(), h.cpuModel(), h.cores(),
                h.memoryBytes(), h.gitVersion()));
    }

    /** The document as if the run {@code id} had measured it: the run's id and every JVM's run. */
    public static ResultDocument withRunId(ResultDocument doc, String id) {
        var run = doc.run();
        return doc.withRun(new fanout.harness.model.RunInfo(id, run.profile(), run.startedAt(), run.finishedAt(),
                run.complete(), run.planned(), run.suiteVersion(), run.suiteCommit(), run.host(),
                run.jvms().stream().map(j -> j.measuredIn(j.host(), id)).toList(), run.notes()));
    }

    public static ResultDocument withCpuModel(ResultDocument doc, String cpuModel) {
        HostInfo h = doc.run().host();
        return withHost(doc, new HostInfo(h.name(), h.os(), h.osVersion(), h.arch(), cpuModel, h.cores(),
                h.memoryBytes(), h.gitVersion()));
    }

    /** The document measured on {@code host}: the run's host and that of every JVM that ran on the run's host. */
    private static ResultDocument withHost(ResultDocument doc, HostInfo host) {
        var run = doc.run();
        List<fanout.harness.model.JvmInfo> jvms = run.jvms().stream()
                .map(j -> j.host() == null || j.host().equals(run.host()) ? j.measuredIn(host, j.run()) : j).toList();
        return doc.withRun(new fanout.harness.model.RunInfo(run.id(), run.profile(), run.startedAt(),
                run.finishedAt(), run.complete(), run.planned(), run.suiteVersion(), run.suiteCommit(), host,
                jvms, run.notes()));
    }

    /**
     * The document with {@code text} in every field a report shows as text: run id, profile, commit, host name,
     * CPU model, OS, git version, JVM vendor and flags, the reason of every record that is not OK, and the note.
     */
    public static ResultDocument hostile(ResultDocument doc, String text) {
        var run = doc.run();
        HostInfo h = run.host();
        HostInfo host = new HostInfo(text, text, h.osVersion(), h.arch(), text, h.cores(), h.memoryBytes(), text);
        List<fanout.harness.model.JvmInfo> jvms = run.jvms().stream().map(j -> new fanout.harness.model.JvmInfo(
                j.id(), j.path(), j.version(), text, j.vmName(), j.vmVersion(), List.of(text),
                j.defaultAsyncParallelism(), j.cores())).toList();
        ResultDocument hostile = doc.withRun(new fanout.harness.model.RunInfo(text, text, run.startedAt(),
                run.finishedAt(), run.complete(), run.planned(), run.suiteVersion(), text, host, jvms,
                List.of(text)));
        return mapRecords(hostile, r -> !r.ok(), r -> withStatus(r, r.status(), text));
    }

    public static boolean simulated(ResultRecord r) {
        return r.benchmark().equals("SimulatedIoBenchmark.fanOut");
    }

    public static boolean git(ResultRecord r) {
        return r.benchmark().equals("GitBenchmark.fanOut");
    }

    /**
     * The overhead benchmark's records, which only charts 8 and 8b draw, and only where a strategy was measured at two
     * or more N: the sample's are all at N = 1000.
     */
    public static boolean overhead(ResultRecord r) {
        return r.benchmark().equals("StrategyOverheadBenchmark.fanOut");
    }
}
