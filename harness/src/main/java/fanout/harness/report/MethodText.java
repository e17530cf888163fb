package fanout.harness.report;

import fanout.harness.analysis.Estimate;
import fanout.harness.analysis.Numbers;
import java.util.List;

/** The "Method" section of a report: what a record is, what its numbers mean and how to read the charts. */
final class MethodText {
    private MethodText() {}

    static List<String> paragraphs() {
        return List.of(
                "A record is one benchmark with one set of parameters on one JVM, measured by JMH in average-time"
                        + " mode: each measured iteration gives the mean wall time of one fan-out of N tasks (the"
                        + " makespan), and several JVMs (forks) each run warm-up and measured iterations.",
                "Each score is the geometric mean of the fork means, and its " + Numbers.confidence(Estimate.SHOWN)
                        + " interval is a Student-t interval over the forks on a log scale: the fork, not the"
                        + " iteration, is the sample, since iterations of one JVM share its JIT decisions, heap and"
                        + " thread placement. With one fork the interval is over that fork's iterations and only says"
                        + " how steady that one JVM was.",
                "A verdict (REGRESSED, improved, equivalent, inconclusive) comes from one interval, the ratio B/A's"
                        + " over the forks, against the family's noise threshold θ: regressed when the whole"
                        + " interval lies above 1 + θ. The intervals of one comparison hold together (Bonferroni)."
                        + " JVMs compared within one run, which take turns case by case, are the stronger evidence"
                        + " and are held to θ = 5%; two runs also differ by the machine's drift between them, which"
                        + " θ, calibrated from separate runs of the same build (fanout calibrate), must cover.",
                "The lower bound is a makespan no implementation of the strategy can beat, provably: the sum of the"
                        + " latencies for SEQUENTIAL; the longest latency for an unbounded strategy; for a strategy"
                        + " bounded at k the longest latency or the sum of the latencies / k, whichever is larger"
                        + " (⌈N/k⌉ latencies only where scheduling is exact, which no strategy promises); for"
                        + " BATCHED the sum over its chunks of each chunk's longest latency, as a chunk starts when"
                        + " the one before has ended. Under FAIL_FAST with a failing task it is the earliest the"
                        + " first failure can end; a deadline caps it. Git's CPU-bound limit below is a lower bound"
                        + " too. A lesson record has none, except CPU_BOUND's: the CPU time its variant used / the"
                        + " cores the fork may use, which a variant time below it flags like any bound.",
                "Efficiency is lower bound / score: 1.000 would be perfect. A score whose whole interval lies"
                        + " below its lower bound is a measurement error, a bug in the bound or in the benchmark,"
                        + " and its row in the tables says so.",
                "The model is what one simple schedule predicts: tasks in input order, each to the first free"
                        + " worker (⌈N/k⌉ latencies when bounded at k with a fixed latency), BATCHED chunk after"
                        + " chunk. It is shown beside the lower bound and is never called one: for a strategy bounded"
                        + " at k another order can finish sooner, and for this suite's random latencies (N = 1000,"
                        + " k = 64) the model lies 8% (UNIFORM) to 34% (LOG_NORMAL) above the bound. For SEQUENTIAL,"
                        + " BATCHED and the unbounded strategies the two agree.",
                "Charts draw only records that ran undisturbed (fixed latency, no injected fault, the COLLECT"
                        + " policy, no deadline), of one JVM and one latency, both named on the chart, except the"
                        + " heavy-tail chart (each latency distribution, no fault) and the failures chart (time to"
                        + " outcome per failure policy), which exist to draw the others. Axes are"
                        + " logarithmic: equal distances are equal ratios. Solid lines with markers are"
                        + " measurements, their bars the " + Numbers.confidence(Estimate.SHOWN) + " interval; a"
                        + " dashed line of the same colour is the"
                        + " strategy's lower bound, a dotted one its model where the two differ (black where several"
                        + " strategies share the line). Failed and unsupported records are not drawn; the tables list"
                        + " them with their reason.",
                "The git benchmark runs real git processes, so it is bound by CPU as well as by waiting: its"
                        + " CPU-bound limit is the least CPU time of one fan-out (the JVM and its git processes) that"
                        + " any of the strategies measured needed with the same repositories, operation, layout,"
                        + " launch mechanism and JVM, divided by the cores the fork may use. None of them can finish"
                        + " a fan-out faster;"
                        + " score / limit says how far a strategy is from it (1.00 is as fast as the CPU allows),"
                        + " extra CPU how much more CPU than that least the strategy spent, and the chart draws the"
                        + " limit at each repository count.",
                "Every fork runs with a fixed heap (-Xms = -Xmx, stated under each chart) and JMH's GC profiler."
                        + " Allocation is the bytes allocated per fan-out divided by its tasks (N, or one git"
                        + " process per repository; per fan-out for the git report pipeline).",
                "The overhead table compares each strategy with the bare JDK primitive it wraps, both measured in"
                        + " the same run without latency; the target is a ratio of at most 1.05. Where a strategy was"
                        + " measured at two or more N, the overhead charts draw its time and its bytes allocated per"
                        + " task against N (the x axis logarithmic, the y axis only where the values span a decade),"
                        + " on every JVM that measured it: solid the strategy, dashed in a lighter shade of the same"
                        + " colour its bare primitive, timed in the same forks. There a dashed line is a"
                        + " measurement, not a lower bound.");
    }
}
