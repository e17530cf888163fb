package fanout.harness.merge;

import fanout.harness.analysis.CaseResult;
import fanout.harness.analysis.JvmNames;
import fanout.harness.model.HostInfo;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.ResultDocument;
import fanout.harness.model.ResultRecord;
import fanout.harness.model.RunInfo;
import fanout.harness.UsageException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Several results documents — from several machines, or several runs of one — as one document that a single
 * report can show (SPEC §9, "merge runs from several machines into one report, each labelled with its machine").
 *
 * <p>The merged document holds every JVM of every input, each under an id unique in the document
 * ({@link MergedJvmIds}: kept where unique, labelled with the machine, then the run, where not) and each naming its
 * machine ({@link JvmInfo#host()}) and the run that measured it ({@link JvmInfo#run()}); every record of every
 * input, in input order, re-pointed at its JVM's new id. Its run metadata: profile {@code merged}, the earliest
 * start, the latest finish (none if an input did not finish), complete only if every input is, the planned counts
 * summed, suite version and commit as {@code mixed: a, b} where they differ, the common machine as
 * {@link RunInfo#host()} if every JVM ran on one machine and null otherwise, and the inputs' notes (each prefixed
 * with its run, since it may name a JVM by its old id) after one note naming every input run, its file and machine.
 *
 * <p>Nothing is measured twice silently: the same JVM of the same run on the same machine in two inputs (the same
 * file given twice, a copy of it, or a merged file together with one of its runs) is refused with one line. A
 * record naming a JVM its run does not list is refused too, since it could not be re-pointed.
 *
 * <p>The constructor checks everything, so that a command can refuse bad input before it creates a folder;
 * {@link #document(String)} then builds the merged document under the id of its new run.
 */
public final class ResultsMerger {
    /** The profile of a merged document, and the suffix of its run folder. */
    public static final String PROFILE = "merged";

    private final List<MergeSource> sources;
    private final List<MergedJvmIds.Entry> entries = new ArrayList<>();
    private final List<String> newIds;

    /**
     * @throws UsageException in one line, for fewer than two inputs, a record whose JVM its run does not list, or
     *     the same JVM of the same run in two inputs
     * @throws fanout.harness.model.ResultsJson.InvalidResultsException in one line naming the file, for a record
     *     whose parameters cannot be read
     */
    public ResultsMerger(List<MergeSource> sources) {
        if (sources.size() < 2) {
            throw new UsageException("merge needs two or more results files (A.json B.json ...); got "
                    + sources.size());
        }
        this.sources = List.copyOf(sources);
        Map<String, String> measuredBy = new HashMap<>();
        for (int i = 0; i < this.sources.size(); i++) {
            MergeSource source = this.sources.get(i);
            RunInfo run = source.document().run();
            if (run == null) {
                throw new UsageException(source.file() + ": the results file has no run metadata; it cannot be merged");
            }
            for (JvmInfo jvm : run.jvms()) {
                JvmInfo placed = jvm.measuredIn(run.hostOf(jvm.id()), run.runOf(jvm.id()));
                String key = hostName(placed.host()) + "\u0000" + placed.run() + "\u0000" + placed.path();
                String earlier = measuredBy.putIfAbsent(key, source.file());
                if (earlier != null) {
                    throw new UsageException(earlier + " and " + source.file() + " both hold the records of "
                            + JvmNames.describe(placed) + " measured on " + hostName(placed.host()) + " by run "
                            + placed.run() + "; give each run once");
                }
                entries.add(new MergedJvmIds.Entry(i, placed));
            }
            CaseResult.all(source.document(), source.file());
            Set<String> listed = run.jvms().stream().map(JvmInfo::id).collect(Collectors.toSet());
            for (ResultRecord record : source.document().records()) {
                if (!listed.contains(record.jvm())) {
                    throw new UsageException(source.file() + ": record " + CaseResult.of(record).label() + " of "
                            + record.benchmark() + " names JVM " + record.jvm() + ", which run " + run.id()
                            + " does not list; it cannot be merged");
                }
            }
        }
        this.newIds = MergedJvmIds.assign(entries);
    }

    /** The merged document, its run called {@code runId} (the merged run's folder name). */
    public ResultDocument document(String runId) {
        List<JvmInfo> jvms = new ArrayList<>();
        Map<Integer, Map<String, String>> renamed = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            MergedJvmIds.Entry entry = entries.get(e);
            jvms.add(entry.jvm().withId(newIds.get(e)));
            renamed.computeIfAbsent(entry.source(), s -> new HashMap<>()).put(entry.jvm().id(), newIds.get(e));
        }
        List<ResultRecord> records = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Map<String, String> ids = renamed.getOrDefault(i, Map.of());
            sources.get(i).document().records().forEach(record -> records.add(record.withJvm(ids.get(record.jvm()))));
        }
        List<RunInfo> runs = sources.stream().map(source -> source.document().run()).toList();
        List<HostInfo> machines = runs.stream().flatMap(run -> run.machines().stream()).distinct().toList();
        RunInfo merged = new RunInfo(runId, PROFILE,
                runs.stream().map(RunInfo::startedAt).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
                finishedAt(runs),
                runs.stream().allMatch(RunInfo::complete),
                runs.stream().mapToInt(RunInfo::planned).sum(),
                agreed(runs.stream().map(RunInfo::suiteVersion).toList()),
                agreed(runs.stream().map(RunInfo::suiteCommit).toList()),
                machines.size() == 1 ? machines.get(0) : null,
                jvms,
                notes());
        return ResultDocument.of(merged, records);
    }

    /** How many machines the inputs ran on, and their names: "2 machines (bench-a, bench-b)". */
    public String machinesSummary() {
        List<String> names = sources.stream().flatMap(source -> source.document().run().machines().stream())
                .map(ResultsMerger::hostName).distinct().toList();
        if (names.isEmpty()) {
            return "machines the files do not name";
        }
        return names.size() + (names.size() == 1 ? " machine (" : " machines (") + String.join(", ", names) + ")";
    }

    private static Instant finishedAt(List<RunInfo> runs) {
        if (runs.stream().anyMatch(run -> run.finishedAt() == null)) {
            return null;
        }
        return runs.stream().map(RunInfo::finishedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The one value all inputs agree on, or "mixed: a, b" naming each once. */
    private static String agreed(List<String> values) {
        Set<String> distinct = new LinkedHashSet<>();
        values.forEach(value -> distinct.add(value == null ? "unknown" : value));
        return distinct.size() == 1 ? distinct.iterator().next() : "mixed: " + String.join(", ", distinct);
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add("merged from " + sources.size() + " runs: " + sources.stream().map(source -> {
            RunInfo run = source.document().run();
            String machines = run.machines().stream().map(ResultsMerger::hostName).collect(Collectors.joining(", "));
            return run.id() + " (" + run.profile() + " profile, machine " + (machines.isEmpty() ? "unknown" : machines)
                    + ", file " + source.file() + (run.complete() ? "" : ", INCOMPLETE") + ")";
        }).collect(Collectors.joining("; ")));
        Set<String> seen = new LinkedHashSet<>();
        for (MergeSource source : sources) {
            RunInfo run = source.document().run();
            run.notes().forEach(note -> seen.add("run " + run.id() + ": " + note));
        }
        notes.addAll(seen);
        return notes;
    }

    private static String hostName(HostInfo host) {
        return host == null ? "an unknown machine" : host.name();
    }
}
