package fanout.harness.analysis;

import fanout.harness.analysis.cases.SimulatedIoCase;
import fanout.strategy.FailurePolicy;
import fanout.strategy.Strategy;
import fanout.workload.Fault;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The records chart 5 draws (SPEC §7: failures): the time to outcome (the call's return or throw) of each strategy
 * per failure policy, for a failure first (FAIL_FIRST, HANG_FIRST) and a failure last (FAIL_LAST, HANG_LAST), at one
 * N, latency and JVM (those with the most such records); and what FIRST_ERROR_NO_CANCEL left running (its orphans,
 * from the benchmark's {@code orphans}, {@code orphanNanos} and {@code orphaningFanOuts} counters).
 *
 * @param jvm the JVM drawn
 * @param n the N of every record
 * @param latencyMs the mean latency of every record
 * @param categories "first · VIRTUAL_SCOPE", "last · SEMAPHORE(k=64)", in run order, firsts first
 * @param records per category, per policy, its record
 */
record FailureSweep(String jvm, int n, double latencyMs, List<String> categories,
        Map<String, Map<Policy, CaseResult<SimulatedIoCase>>> records) {

    /** The orphan counters of {@code SimulatedIoBenchmark}, summed per iteration. */
    static final String ORPHANS = "orphans";
    static final String ORPHAN_NANOS = "orphanNanos";
    static final String ORPHANING_FAN_OUTS = "orphaningFanOuts";

    /** The failure policies chart 5 draws a series for; a deadline is COLLECT with an overall timeout. */
    enum Policy {
        COLLECT, FAIL_FAST, FIRST_ERROR_NO_CANCEL, DEADLINE;

        /** The legend's name: "COLLECT", …, "deadline (COLLECT)". */
        String title() {
            return this == DEADLINE ? "deadline (COLLECT)" : name();
        }

        static Optional<Policy> of(SimulatedIoCase c) {
            if (c.deadlineMs() > 0) {
                return c.policy() == FailurePolicy.COLLECT ? Optional.of(DEADLINE) : Optional.empty();
            }
            if (c.fault().hangs()) {
                return Optional.empty(); // nothing ends a hang without a deadline
            }
            return Optional.of(switch (c.policy()) {
                case COLLECT -> COLLECT;
                case FAIL_FAST -> FAIL_FAST;
                case FIRST_ERROR_NO_CANCEL -> FIRST_ERROR_NO_CANCEL;
            });
        }
    }

    private static Optional<String> position(Fault fault) {
        return switch (fault) {
            case FAIL_FIRST, HANG_FIRST -> Optional.of("first");
            case FAIL_LAST, HANG_LAST -> Optional.of("last");
            case NONE, FAIL_RANDOM -> Optional.empty();
        };
    }

    static Optional<FailureSweep> of(List<CaseResult<SimulatedIoCase>> simulated, ToIntFunction<String> feature) {
        List<CaseResult<SimulatedIoCase>> candidates = simulated.stream()
                .filter(r -> r.benchmarkCase().strategy().strategy() != Strategy.SEQUENTIAL
                        && position(r.benchmarkCase().fault()).isPresent()
                        && Policy.of(r.benchmarkCase()).isPresent())
                .toList();
        if (candidates.stream().noneMatch(CaseResult::measured)) {
            return Optional.empty();
        }
        String jvm = FixedLatencySelection.jvmWithMostRecords(candidates.stream().filter(CaseResult::measured)
                .toList(), feature);
        List<CaseResult<SimulatedIoCase>> ofJvm = candidates.stream().filter(r -> r.jvm().equals(jvm)).toList();
        int n = FixedLatencySelection.mostCommon(ofJvm, r -> r.benchmarkCase().n(), Comparator.<Integer>reverseOrder());
        double latency = FixedLatencySelection.mostCommon(ofJvm, r -> r.benchmarkCase().latencyMs(),
                Comparator.<Double>reverseOrder());
        Map<String, Map<Policy, CaseResult<SimulatedIoCase>>> byCategory = new LinkedHashMap<>();
        for (String where : List.of("first", "last")) {
            for (CaseResult<SimulatedIoCase> r : ofJvm) {
                SimulatedIoCase c = r.benchmarkCase();
                if (c.n() == n && c.latencyMs() == latency && position(c.fault()).orElseThrow().equals(where)) {
                    byCategory.computeIfAbsent(where + " · " + r.label(), k -> new LinkedHashMap<>())
                            .putIfAbsent(Policy.of(c).orElseThrow(), r);
                }
            }
        }
        Set<Policy> policies = new LinkedHashSet<>();
        byCategory.values().forEach(m -> policies.addAll(m.keySet()));
        return policies.size() >= 2 ? Optional.of(new FailureSweep(jvm, n, latency,
                new ArrayList<>(byCategory.keySet()), byCategory)) : Optional.empty();
    }

    Figure.Failures figure(List<String> provenance) {
        List<Series> bars = new ArrayList<>();
        String unit = "";
        for (Policy policy : Policy.values()) {
            if (records.values().stream().noneMatch(m -> m.containsKey(policy))) {
                continue;
            }
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                CaseResult<SimulatedIoCase> r = records.get(categories.get(i)).get(policy);
                boolean drawn = r != null && r.measured();
                points.add(drawn ? Point.of(i, r.estimate()) : new Point(i, Double.NaN, Double.NaN, Double.NaN));
                if (drawn) {
                    unit = r.measurement().unit();
                }
            }
            bars.add(new Series(policy.title(), policy.ordinal(), points));
        }
        return new Figure.Failures(n, latencyMs, unit, categories, bars, orphans(), provenance, sentence());
    }

    /**
     * "A failure first: FAIL_FAST ended VIRTUAL_SCOPE's fan-out after 0.11× [0.10, 0.12] the time COLLECT took to
     * gather every outcome (1.1 ms against 10.2 ms)." per position and strategy, then how many FIRST_ERROR_NO_CANCEL fan-outs left
     * tasks running, and the deadline's time to outcome.
     */
    String sentence() {
        List<String> parts = new ArrayList<>();
        for (String where : List.of("first", "last")) {
            // every strategy: FAIL_FAST can save most where a limit leaves rounds to cancel, nothing where it does not
            categories.stream().filter(c -> c.startsWith(where + " ")).filter(c -> both(c, Policy.FAIL_FAST,
                    Policy.COLLECT)).forEach(category -> {
                        CaseResult<SimulatedIoCase> fast = records.get(category).get(Policy.FAIL_FAST);
                        CaseResult<SimulatedIoCase> collect = records.get(category).get(Policy.COLLECT);
                        Ratio ratio = Ratio.of(fast.measurement(), collect.measurement());
                        parts.add("a failure " + where + ": FAIL_FAST ended " + fast.label() + "'s fan-out after "
                                + Numbers.withInterval(ratio.value(), "×", ratio.lower(), ratio.upper())
                                + " the time COLLECT took to gather every outcome (" + ms(fast) + " against "
                                + ms(collect) + ")" + qualifier(ratio));
                    });
            categories.stream().filter(c -> c.startsWith(where + " ")).map(c -> records.get(c).get(Policy.DEADLINE))
                    .filter(r -> r != null && r.measured()).findFirst().ifPresent(r -> parts.add("a hang " + where
                            + ": the deadline of " + Numbers.plain(r.benchmarkCase().deadlineMs()) + " ms ended "
                            + r.label() + "'s fan-out after " + ms(r)));
        }
        long orphaning = records.values().stream().map(m -> m.get(Policy.FIRST_ERROR_NO_CANCEL))
                .filter(r -> r != null && r.measured()).filter(r -> orphan(r).isPresent()).count();
        long noCancel = records.values().stream().map(m -> m.get(Policy.FIRST_ERROR_NO_CANCEL))
                .filter(r -> r != null && r.measured()).count();
        if (noCancel > 0) {
            parts.add("FIRST_ERROR_NO_CANCEL left tasks running after its call returned in " + orphaning + " of "
                    + noCancel + " cases (see the lessons)");
        }
        String text = "At N = " + Numbers.count(n) + " (latency " + Numbers.plain(latencyMs) + " ms), "
                + (parts.isEmpty() ? "no policy was measured beside COLLECT" : String.join("; ", parts)) + ".";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private boolean both(String category, Policy a, Policy b) {
        Map<Policy, CaseResult<SimulatedIoCase>> m = records.get(category);
        return m.containsKey(a) && m.get(a).measured() && m.containsKey(b) && m.get(b).measured();
    }

    /**
     * One sentence per FIRST_ERROR_NO_CANCEL record: "FIRST_ERROR_NO_CANCEL, a failure first, SEMAPHORE(k=64):
     * returned after 10.3 ms and left 936 tasks running for 151 ms more (per fan-out that left any)".
     */
    List<String> orphans() {
        return orphans(false);
    }

    /** The sentences of {@link #orphans()}, of the records that did leave tasks running only: the pitfall shown. */
    List<String> orphansLeftRunning() {
        return orphans(true);
    }

    private List<String> orphans(boolean onlyLeftRunning) {
        List<String> sentences = new ArrayList<>();
        for (String category : categories) {
            CaseResult<SimulatedIoCase> r = records.get(category).get(Policy.FIRST_ERROR_NO_CANCEL);
            if (r == null) {
                continue;
            }
            String where = category.substring(0, category.indexOf(' '));
            String head = "FIRST_ERROR_NO_CANCEL, a failure " + where + ", " + r.label() + ": ";
            if (!r.measured()) {
                if (!onlyLeftRunning) {
                    sentences.add(head + "not measured: " + r.status() + (r.reason() == null ? ""
                            : ": " + r.reason()));
                }
                continue;
            }
            Optional<double[]> orphan = orphan(r);
            if (onlyLeftRunning && orphan.isEmpty()) {
                continue;
            }
            sentences.add(head + "returned after " + ms(r) + orphan.map(o -> " and left "
                    + Numbers.value(o[0]) + " tasks running for " + Numbers.value(o[1]) + " ms more (per fan-out"
                    + " that left any)").orElse(r.secondaryByFork(ORPHANING_FAN_OUTS).isEmpty()
                            ? " (the record has no orphan counters)" : " and left no task running") + ".");
        }
        return sentences;
    }

    /** Orphans per orphaning fan-out and their remaining life in ms, if any fan-out left orphans. */
    static Optional<double[]> orphan(CaseResult<SimulatedIoCase> r) {
        double fanOuts = sum(r.secondaryByFork(ORPHANING_FAN_OUTS));
        if (!(fanOuts > 0)) {
            return Optional.empty();
        }
        return Optional.of(new double[] {sum(r.secondaryByFork(ORPHANS)) / fanOuts,
                sum(r.secondaryByFork(ORPHAN_NANOS)) / fanOuts / 1e6});
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String ms(CaseResult<SimulatedIoCase> r) {
        Estimate e = r.estimate();
        return Numbers.value(e.center()) + " " + r.measurement().unit().replace("/op", "");
    }

    private static String qualifier(Ratio ratio) {
        return switch (LessonPair.Reading.of(ratio)) {
            case LOWER, HIGHER -> "";
            case SAME -> ", no measurable difference";
            case TOO_WIDE -> ", an interval too wide to say";
            case ONE_FORK -> ", one fork: no interval to judge by";
        };
    }
}
