package fanout.harness.report;

import java.util.List;

/** The "Method" section of a report: what a record is, what its numbers mean and how to read the charts. */
final class MethodText {
    private MethodText() {}

    static List<String> paragraphs() {
        return List.of(
                "A record is one benchmark with one set of parameters on one JVM, measured by JMH in average-time"
                        + " mode. Its score is the mean wall time of one fan-out of N tasks (the makespan), over"
                        + " every measurement iteration of every fork.",
                "The error is the half-width of JMH's 99.9% confidence interval, so the interval (CI) is score ±"
                        + " error. Two scores whose intervals overlap are not shown to differ.",
                "The ideal is the lower bound of the strategy's model: the sum of the latencies for SEQUENTIAL,"
                        + " the longest latency for an unbounded strategy, ⌈N/k⌉ latencies for a strategy bounded"
                        + " at k with fixed latency. Efficiency is ideal / score: 1.000 is perfect; above 1 the"
                        + " model or the benchmark is wrong.",
                "Charts draw only records that ran undisturbed (fixed latency, no injected fault, the COLLECT"
                        + " policy, no deadline), of one JVM and one latency, both named on the chart. Axes are"
                        + " logarithmic: equal distances are equal ratios. Solid lines with markers are"
                        + " measurements, their bars the 99.9% interval; a dashed line of the same colour is the"
                        + " ideal. Failed and unsupported records are not drawn; the tables list them with their"
                        + " reason.",
                "The git benchmark runs real git processes, so it is bound by CPU as well as by waiting: its"
                        + " CPU-bound limit is the CPU time of one fan-out (the JVM and its git processes) divided"
                        + " by the cores. No strategy can finish a fan-out faster; score / limit says how far a"
                        + " strategy is from it (1.00 is as fast as the CPU allows), and the chart draws, at each"
                        + " repository count, the lowest limit any strategy reached.",
                "The overhead table compares each strategy with the bare JDK primitive it wraps, both measured in"
                        + " the same run without latency; the target is a ratio of at most 1.05.");
    }
}
