package fanout.harness.analysis;

import fanout.harness.model.HostInfo;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.RunInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Where and when a chart's numbers were measured, as footnote lines: date, JVMs and run; machines and heap. */
final class Provenance {
    /** The flags that size the heap. */
    private static final List<String> HEAP_FLAGS = List.of("-Xms", "-Xmx", "-XX:InitialHeapSize=",
            "-XX:MaxHeapSize=", "-XX:MinHeapSize=", "-XX:InitialRAMPercentage=", "-XX:MaxRAMPercentage=",
            "-XX:MinRAMPercentage=");
    private static final String NOT_FIXED = "not fixed (sized from the machine's memory)";

    private Provenance() {}

    /**
     * E.g. "Measured 2025-06-02 on JDK 25.0.1 Eclipse Adoptium · run 2025-06-02T09-14-05Z-full (full profile) · fanout-bench
     * 0.1.0 (341f20d)" and
     * "Machine: AMD EPYC 7763 64-Core Processor, 2 cores, 7.8 GiB, Linux 6.8.0-45-generic · Heap: -Xms4g -Xmx4g" (the
     * heap as the JVMs' flags fix it: {@link #heap}). The machines and runs are the JVMs' own ({@link RunInfo#hostOf},
     * {@link RunInfo#runOf}): in a document merged from several runs they differ from JVM to JVM, and the footnote then
     * names each machine and run the drawn numbers came from.
     *
     * @param jvmIds the JVMs whose records the chart draws
     */
    static List<String> lines(RunInfo run, JvmNames names, List<String> jvmIds) {
        // One JVM: its machine has a line of its own. Several: each named so that they are told apart.
        String jvms = jvmIds.size() == 1 ? names.jvm(jvmIds.get(0)).map(JvmNames::describe).orElse(jvmIds.get(0))
                : jvmIds.stream().map(names::full).collect(Collectors.joining(" and "));
        Set<String> sources = new LinkedHashSet<>();
        jvmIds.forEach(id -> sources.add(run.runOf(id)));
        boolean merged = !sources.equals(Set.of(run.id()));
        String date = run.startedAt() == null ? "on an unknown date" : day(run.startedAt());
        if (merged && run.startedAt() != null && run.finishedAt() != null
                && !day(run.startedAt()).equals(day(run.finishedAt()))) {
            // merged runs: this document knows only the span of all of them, not each JVM's day
            date = "between " + day(run.startedAt()) + " and " + day(run.finishedAt());
        }
        String measuredBy = merged ? (sources.size() == 1 ? "run " : "runs ") + String.join(", ", sources)
                + ", merged into " + run.id() : "run " + run.id() + " (" + run.profile() + " profile)";
        List<HostInfo> machines = jvmIds.stream().map(run::hostOf).filter(Objects::nonNull).distinct().toList();
        boolean named = run.machines().size() > 1;
        String machine = machines.isEmpty() ? "Machine: unknown"
                : (machines.size() == 1 ? "Machine: " : "Machines: ") + machines.stream()
                        .map(host -> named ? host.name() + ", " + host.summary() : host.summary())
                        .collect(Collectors.joining("; "));
        return List.of("Measured " + date + " on " + jvms + " · " + measuredBy + " · " + suite(run)
                        + (run.complete() ? "" : " · INCOMPLETE: the run did not finish"),
                machine + " · " + heap(names, jvmIds));
    }

    /**
     * "fanout-bench 0.1.0 (341f20d)": the suite's version and commit that measured the run; a merged document's
     * "mixed: a, b" keeps its word, each commit shortened.
     */
    static String suite(RunInfo run) {
        String commit = run.suiteCommit() == null ? "unknown" : run.suiteCommit();
        String mixed = "mixed: ";
        String shortened = commit.startsWith(mixed)
                ? mixed + Arrays.stream(commit.substring(mixed.length()).split(", "))
                        .map(Provenance::shortCommit).collect(Collectors.joining(", "))
                : shortCommit(commit);
        return "fanout-bench " + run.suiteVersion() + " (" + shortened + ")";
    }

    private static String shortCommit(String commit) {
        return commit.matches("[0-9a-f]{8,40}") ? commit.substring(0, 7) : commit.isEmpty() ? "unknown" : commit;
    }

    /**
     * The heap the drawn JVMs' forks ran with, from their flags: "Heap: -Xms4g -Xmx4g" where they all share one
     * setting; each JVM's where they differ; "not fixed" for a JVM without heap flags, whose heap its machine's memory
     * sized (a confound of any comparison across machines or JVMs).
     */
    static String heap(JvmNames names, List<String> jvmIds) {
        Map<String, List<String>> byHeap = new LinkedHashMap<>();
        for (String id : jvmIds) {
            String flags = names.jvm(id).map(Provenance::heapFlags).orElse("");
            byHeap.computeIfAbsent(flags.isEmpty() ? NOT_FIXED : flags, h -> new ArrayList<>()).add(id);
        }
        if (byHeap.size() == 1) {
            return "Heap: " + byHeap.keySet().iterator().next();
        }
        return "Heap: " + byHeap.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue().stream()
                .map(names::full).collect(Collectors.joining(", ")) + ")").collect(Collectors.joining("; "));
    }

    /** The flags that size the heap, in their order: -Xms, -Xmx and their -XX forms. */
    private static String heapFlags(JvmInfo jvm) {
        return jvm.jvmArgs().stream().filter(flag -> HEAP_FLAGS.stream().anyMatch(flag::startsWith))
                .collect(Collectors.joining(" "));
    }

    private static String day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
