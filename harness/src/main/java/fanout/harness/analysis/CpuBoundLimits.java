package fanout.harness.analysis;

import fanout.harness.analysis.cases.GitCase;
import fanout.harness.model.HostInfo;
import fanout.harness.model.RunInfo;
import fanout.jmh.GitBenchmark.LaunchMechanism;
import fanout.jmh.GitBenchmark.Layout;
import fanout.jmh.GitBenchmark.Operation;
import fanout.jmh.GitBenchmark.Runner;
import fanout.jmh.GitBenchmark.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The git benchmark's CPU-bound limits (SPEC §2, §11). Running git costs CPU (the JVM's, and each git process's), so
 * no fan-out can end before that CPU has been spent on the cores the fork may use. The CPU a fan-out needs is what
 * the least hungry strategy spent: one limit per {@linkplain Situation situation} (repository count, operation,
 * layout, launch mechanism, source and JVM), the least CPU time per fan-out ({@link GitCase#CPU_MS_PER_OP}) of any
 * strategy measured there, divided by the cores. So a strategy that wastes CPU does not raise its own limit: its
 * waste is its extra CPU over that least.
 */
public final class CpuBoundLimits {

    /**
     * Where git records share one limit: everything that decides the work but the strategy that does it (the runner
     * decides it: the bare loop's CPU is not the suite runner's).
     *
     * @param jvm the JVM id
     */
    public record Situation(String jvm, int repos, Operation operation, Layout layout, LaunchMechanism launchMechanism,
            Source source, Runner runner) {

        static Situation of(CaseResult<GitCase> record) {
            GitCase c = record.benchmarkCase();
            return new Situation(record.jvm(), c.repos(), c.operation(), c.layout(), c.launchMechanism(), c.source(),
                    c.runner());
        }
    }

    private final Map<Situation, Double> leastCpu;

    private CpuBoundLimits(Map<Situation, Double> leastCpu) {
        this.leastCpu = Map.copyOf(leastCpu);
    }

    /** The limits of these git records: per situation, the least CPU of its measured records. */
    public static CpuBoundLimits of(List<CaseResult<GitCase>> git) {
        Map<Situation, Double> least = new HashMap<>();
        for (CaseResult<GitCase> record : git) {
            if (record.measured()) {
                record.secondary(GitCase.CPU_MS_PER_OP).filter(cpu -> cpu > 0)
                        .ifPresent(cpu -> least.merge(Situation.of(record), cpu, Math::min));
            }
        }
        return new CpuBoundLimits(least);
    }

    /**
     * The cores a JVM's forks may use: what the fork reported ({@code Runtime.availableProcessors()}, which follows
     * CPU affinity and a container's quota), else its machine's count; 0 where neither is known.
     */
    public static int cores(RunInfo run, String jvm) {
        int forkCores = run.jvms().stream().filter(j -> j.id().equals(jvm)).mapToInt(j -> j.cores()).findFirst()
                .orElse(0);
        if (forkCores > 0) {
            return forkCores;
        }
        HostInfo host = run.hostOf(jvm);
        return host == null ? 0 : Math.max(0, host.cores());
    }

    /** The least CPU time per fan-out, in ms, any strategy needed in the record's situation; empty if none says. */
    public OptionalDouble leastCpuMillis(CaseResult<GitCase> record) {
        Double least = leastCpu.get(Situation.of(record));
        return least == null ? OptionalDouble.empty() : OptionalDouble.of(least);
    }

    /** How much more CPU per fan-out, in ms, the record's strategy needed than the least in its situation. */
    public OptionalDouble extraCpuMillis(CaseResult<GitCase> record) {
        OptionalDouble least = leastCpuMillis(record);
        return record.measured() && least.isPresent()
                ? record.secondary(GitCase.CPU_MS_PER_OP).filter(cpu -> cpu > 0)
                        .map(cpu -> OptionalDouble.of(cpu - least.getAsDouble())).orElse(OptionalDouble.empty())
                : OptionalDouble.empty();
    }

    /** The record's CPU-bound limit in ms: the least CPU of its situation / {@code cores}; empty if unknown. */
    public OptionalDouble limitMillis(CaseResult<GitCase> record, int cores) {
        OptionalDouble least = leastCpuMillis(record);
        return least.isPresent() && cores > 0 ? OptionalDouble.of(least.getAsDouble() / cores)
                : OptionalDouble.empty();
    }
}
