package fanout.harness.analysis;

import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.Param;
import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.harness.analysis.cases.StrategyChoice;
import fanout.harness.model.JvmInfo;
import fanout.strategy.ExecutorKind;
import fanout.strategy.FailurePolicy;
import fanout.strategy.Strategy;
import fanout.workload.Fault;
import fanout.workload.LatencyDistribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The run's answer to the suite's question (SPEC §8), computed from its simulated-I/O and git records: per situation
 * measured (a JVM, N calls, their latency, a fault, a failure policy, a deadline; or the git operation and its
 * settings) the strategy to use, its margin over the next
 * and whether the forks can tell them apart; the same among the strategies that keep at most k calls in flight, for
 * each k measured; and the pitfalls the run found.
 *
 * <p>The margin is {@link Ratio#of} next / fastest: the quotient of their geometric means with Welch's interval over
 * the forks. Every strategy is compared with the fastest of its situation, and the intervals are simultaneous over
 * all those comparisons (Bonferroni, as {@code compare} does for its cases): a strategy whose interval reaches 1 is
 * not told apart from the fastest, and the call is then "too close to call" among them.
 *
 * @param calls one per situation, then one per situation and limit, in the order the records came
 * @param confidence the simultaneous confidence of every interval
 * @param summary per JVM, one sentence: which strategy was fastest, or not told apart from the fastest, most often
 * @param pitfalls sentences, each a pitfall the run's numbers show
 */
public record Answer(List<Call> calls, double confidence, List<String> summary, List<String> pitfalls) {
    /** The family's error rate, split over the comparisons: {@code compare}'s. */
    static final double ALPHA = Comparer.DEFAULT_ALPHA;
    /** How much slower than the fastest ALL_OF(DEFAULT_ASYNC) must be, clearly, to be named a pitfall. */
    private static final double SERIAL_PITFALL = 2;

    public Answer {
        calls = List.copyOf(calls);
        summary = List.copyOf(summary);
        pitfalls = List.copyOf(pitfalls);
    }

    /**
     * One situation's answer.
     *
     * @param jvm the JVM's id
     * @param situation what was run, in words: "1000 calls of 10 ms"
     * @param limit the most calls in flight the strategies compared keep, if the call is among bounded ones only
     * @param fastest the fastest strategy
     * @param tied the others not told apart from it, fastest first
     * @param next the fastest of the rest (the runner-up), if any
     * @param margin next / fastest, with its interval, if there is a next
     * @param compared every strategy compared, fastest first
     * @param byForks whether every strategy compared had two or more forks, as a call needs (else there is none)
     */
    public record Call(String jvm, String situation, OptionalInt limit, Contender fastest, List<Contender> tied,
            Optional<Contender> next, Optional<Ratio> margin, List<Contender> compared, boolean byForks) {
        public Call {
            tied = List.copyOf(tied);
            compared = List.copyOf(compared);
        }

        /** Whether the fastest is clearly ahead of every other strategy compared. */
        public boolean clear() {
            return byForks && tied.isEmpty() && margin.isPresent();
        }
    }

    /** A strategy and its measured time. */
    public record Contender(String strategy, Estimate time) {}

    /**
     * The answer of the run's simulated-I/O and git records; empty calls when it has no situation with two strategies.
     *
     * @param shownPitfalls the pitfalls the run's other readings show (heavy tails, orphans, lessons), decided there
     */
    static Answer of(List<CaseResult<? extends Case>> measured, JvmNames names, List<String> shownPitfalls) {
        Map<Situation, List<CaseResult<?>>> bySituation = new LinkedHashMap<>();
        Map<Situation, List<CaseResult<?>>> byLimit = new LinkedHashMap<>();
        for (CaseResult<? extends Case> result : measured) {
            if (!result.measured()) {
                continue;
            }
            Situation situation = Situation.of(result, OptionalInt.empty());
            bySituation.computeIfAbsent(situation, s -> new ArrayList<>()).add(result);
            OptionalInt limit = result.benchmarkCase().strategy().usedLimit();
            if (limit.isPresent()) {
                byLimit.computeIfAbsent(Situation.of(result, limit), s -> new ArrayList<>()).add(result);
            }
        }
        Map<Situation, List<CaseResult<?>>> all = new LinkedHashMap<>();
        bySituation.forEach((situation, results) -> {
            if (results.size() > 1) {
                all.put(situation, results);
            }
        });
        byLimit.forEach((situation, results) -> {
            // Where every strategy of the situation is bounded at this k, its answer is the one above already.
            List<CaseResult<?>> unlimited = bySituation.get(situation.withoutLimit());
            if (results.size() > 1 && results.size() < unlimited.size()) {
                all.put(situation, results);
            }
        });
        all.replaceAll((situation, results) -> results.stream()
                .sorted(Comparator.comparingDouble(CaseResult::score)).toList()); // fastest first, from here on
        // the family: the comparisons with the fastest that rest on forks, as compare counts its cases
        int comparisons = 0;
        for (List<CaseResult<?>> results : all.values()) {
            CaseResult<?> fastest = results.get(0);
            comparisons += (int) results.stream().filter(r -> r != fastest && Comparer.enoughForks(r.measurement())
                    && Comparer.enoughForks(fastest.measurement())).count();
        }
        double confidence = 1 - ALPHA / Math.max(1, comparisons);
        List<Call> calls = new ArrayList<>();
        all.forEach((situation, results) -> calls.add(call(situation, results, confidence)));

        List<String> pitfalls = new ArrayList<>();
        serialDefaultAsync(all, names, confidence).ifPresent(pitfalls::add);
        pitfalls.addAll(shownPitfalls);
        return new Answer(calls, confidence, summary(calls, names), pitfalls);
    }

    /**
     * Per JVM, which strategy was fastest or not told apart from the fastest most often: among all strategies, then
     * among the bounded ones (each strategy over every k it was measured at).
     */
    private static List<String> summary(List<Call> calls, JvmNames names) {
        List<String> sentences = new ArrayList<>();
        for (String jvm : calls.stream().map(Call::jvm).distinct().toList()) {
            List<Call> free = calls.stream().filter(c -> c.jvm().equals(jvm) && c.limit().isEmpty()).toList();
            List<Call> limited = calls.stream().filter(c -> c.jvm().equals(jvm) && c.limit().isPresent()).toList();
            List<String> parts = new ArrayList<>();
            leaders(free, Contender::strategy).ifPresent(parts::add);
            leaders(limited, contender -> contender.strategy().replaceAll("k=\\d+", "k"))
                    .ifPresent(leaders -> parts.add("with at most k calls in flight (each k a situation of its own), "
                            + leaders));
            if (!parts.isEmpty()) {
                sentences.add("On " + names.brief(jvm) + ": " + String.join("; ", parts) + ".");
            }
        }
        return sentences;
    }

    /**
     * "VIRTUAL_SCOPE was fastest or not told apart from the fastest in 3 of the 3 situations it ran in": the
     * strategies that were so in the most situations (the largest share of the situations they ran in among equals).
     */
    private static Optional<String> leaders(List<Call> calls, Function<Contender, String> key) {
        Map<String, Integer> leading = new LinkedHashMap<>();
        Map<String, Integer> ran = new LinkedHashMap<>();
        for (Call call : calls.stream().filter(Call::byForks).toList()) {
            call.compared().forEach(contender -> ran.merge(key.apply(contender), 1, Integer::sum));
            Set<String> front = new LinkedHashSet<>();
            front.add(key.apply(call.fastest()));
            call.tied().forEach(tied -> front.add(key.apply(tied)));
            front.forEach(strategy -> leading.merge(strategy, 1, Integer::sum));
        }
        // most often first: by share, a strategy measured in a few situations only (e.g. FIXED_POOL(k=8) in the git
        // situations alone) would lead one that ran in all of them and led in nearly all
        Comparator<String> mostOften = Comparator.comparingInt((String strategy) -> leading.getOrDefault(strategy, 0))
                .thenComparingDouble(strategy -> (double) leading.getOrDefault(strategy, 0) / ran.get(strategy));
        Optional<String> best = ran.keySet().stream().max(mostOften);
        if (best.isEmpty() || leading.getOrDefault(best.get(), 0) == 0) {
            return Optional.empty();
        }
        List<String> leaders = ran.keySet().stream().filter(strategy -> mostOften.compare(strategy, best.get()) == 0)
                .toList();
        return Optional.of(String.join(" and ", leaders) + (leaders.size() == 1 ? " was" : " were")
                + " fastest or not told apart from the fastest in " + leading.get(best.get()) + " of the "
                + ran.get(best.get()) + " situations " + (leaders.size() == 1 ? "it" : "each") + " ran in");
    }

    /** The call of one situation, its results fastest first. */
    private static Call call(Situation situation, List<CaseResult<?>> sorted, double confidence) {
        CaseResult<?> fastest = sorted.get(0);
        List<Contender> tied = new ArrayList<>();
        Optional<Contender> next = Optional.empty();
        Optional<Ratio> margin = Optional.empty();
        boolean byForks = true;
        for (CaseResult<?> other : sorted.subList(1, sorted.size())) {
            Ratio ratio = Ratio.of(other.measurement(), fastest.measurement(), confidence);
            if (margin.isEmpty()) {
                next = Optional.of(contender(other));
                margin = Optional.of(ratio);
            }
            byForks &= ratio.byForks();
            if (ratio.byForks() && ratio.lower() <= 1) {
                tied.add(contender(other));
            }
        }
        return new Call(situation.jvm(), situation.words(), situation.limit(), contender(fastest), tied, next, margin,
                sorted.stream().map(Answer::contender).toList(), byForks);
    }

    private static Contender contender(CaseResult<?> result) {
        return new Contender(result.benchmarkCase().strategy().label(), result.estimate());
    }

    /**
     * ALL_OF on the default async executor where that is a common pool of one thread (JDK 25 on 2 cores,
     * JDK-8319447): the calls run one at a time. Named where the run shows it clearly, at its largest N.
     */
    private static Optional<String> serialDefaultAsync(Map<Situation, List<CaseResult<?>>> all,
            JvmNames names, double confidence) {
        String found = null;
        int largest = 0;
        for (var entry : all.entrySet()) {
            if (entry.getKey().limit().isPresent()) {
                continue;
            }
            List<CaseResult<?>> results = entry.getValue();
            CaseResult<?> fastest = results.get(0);
            for (CaseResult<?> result : results) {
                StrategyChoice strategy = result.benchmarkCase().strategy();
                int parallelism = names.jvm(result.jvm()).map(JvmInfo::defaultAsyncParallelism).orElse(0);
                int n = result.benchmarkCase().tasks().orElse(0);
                if (strategy.strategy() != Strategy.ALL_OF || strategy.executor() != ExecutorKind.DEFAULT_ASYNC
                        || parallelism != 1 || n <= largest) {
                    continue;
                }
                Ratio ratio = Ratio.of(result.measurement(), fastest.measurement(), confidence);
                if (ratio.byForks() && ratio.lower() > SERIAL_PITFALL) {
                    largest = n;
                    found = strategy.label() + " on " + names.brief(result.jvm()) + ", where the default async"
                            + " executor is the common pool with parallelism 1, ran the calls one at a time: "
                            + Numbers.precise(ratio.value()) + "× " + Numbers.preciseInterval(ratio.lower(),
                            ratio.upper()) + " the time of " + fastest.benchmarkCase().strategy().label() + " for "
                            + entry.getKey().words() + ".";
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * What a fan-out ran, apart from its strategy, on one JVM; with a limit, the call among strategies bounded at it.
     * {@code kind} is the case with a placeholder strategy, so that cases differing only in strategy are one situation.
     */
    private record Situation(String jvm, Case kind, OptionalInt limit) {
        private static final StrategyChoice ANY = new StrategyChoice(Strategy.SEQUENTIAL, 0, ExecutorKind.VIRTUAL);

        static Situation of(CaseResult<?> result, OptionalInt limit) {
            return new Situation(result.jvm(), result.benchmarkCase().withStrategy(ANY), limit);
        }

        Situation withoutLimit() {
            return new Situation(jvm, kind, OptionalInt.empty());
        }

        /** "1000 calls of 10 ms", "1000 calls of 10 ms (PARETO, mean), the first fails, FAIL_FAST", "git: …". */
        String words() {
            if (kind instanceof SimulatedIoCase c) {
                return simulated(c);
            }
            if (kind instanceof GitCase c) {
                return "git " + c.operation().name().toLowerCase(Locale.ROOT) + ", " + c.settings().stream()
                        .filter(setting -> setting.param() != Param.OPERATION).map(Case.Setting::toString)
                        .collect(Collectors.joining(", "));
            }
            return kind.workload() + ": " + kind.settings().stream().map(Case.Setting::toString)
                    .collect(Collectors.joining(", "));
        }

        private static String simulated(SimulatedIoCase c) {
            List<String> parts = new ArrayList<>();
            parts.add(c.n() + (c.n() == 1 ? " call of " : " calls of ") + Numbers.plain(c.latencyMs()) + " ms"
                    + (c.distribution() == LatencyDistribution.FIXED ? "" : " (" + c.distribution() + ", mean)"));
            String faultWords = switch (c.fault()) {
                case NONE -> null;
                case FAIL_FIRST -> "the first fails";
                case FAIL_LAST -> "the last fails";
                case FAIL_RANDOM -> "each fails with probability " + Numbers.number(c.failureRate());
                case HANG_FIRST -> "the first hangs";
                case HANG_LAST -> "the last hangs";
            };
            if (faultWords != null) {
                parts.add(faultWords);
            }
            if (c.policy() != FailurePolicy.COLLECT || c.fault() != Fault.NONE) {
                parts.add(c.policy().name());
            }
            if (c.deadlineMs() > 0) {
                parts.add("deadline " + c.deadlineMs() + " ms");
            }
            return String.join(", ", parts);
        }
    }
}
