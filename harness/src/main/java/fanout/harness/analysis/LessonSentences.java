package fanout.harness.analysis;

import fanout.harness.model.JvmInfo;
import fanout.jmh.LessonBenchmark.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * One sentence per lesson measured, computed from its {@link LessonPair}s (one part per record: per strategy, and per
 * JVM where the run has several; PINNING always per JVM), each part with its ratio and interval and only the verdict
 * the interval carries: "too wide to say" where it straddles 1 by more than ±5%, nothing where one fork gives none.
 */
final class LessonSentences {
    /** Pinned events per call from which the calls themselves pinned: where they do, every call is one. */
    static final double PINNED_PER_CALL = 0.5;

    private final JvmNames names;
    private final boolean manyJvms;

    private LessonSentences(JvmNames names, boolean manyJvms) {
        this.names = names;
        this.manyJvms = manyJvms;
    }

    static List<String> of(List<LessonPair> pairs, JvmNames names) {
        LessonSentences sentences = new LessonSentences(names,
                pairs.stream().map(LessonPair::jvm).distinct().count() > 1);
        List<String> all = new ArrayList<>();
        for (Lesson lesson : Lesson.values()) {
            List<LessonPair> ofLesson = pairs.stream().filter(p -> p.lesson() == lesson).toList();
            if (!ofLesson.isEmpty()) {
                all.add(sentences.sentence(lesson, ofLesson));
            }
        }
        return List.copyOf(all);
    }

    private String sentence(Lesson lesson, List<LessonPair> pairs) {
        LessonPair first = pairs.get(0);
        var c = first.benchmarkCase();
        String head = switch (lesson) {
            case HEDGING -> "Hedging " + c.hedges() + " copies under " + c.distribution() + ": ";
            case COMPLETION_ORDER -> "Handling each outcome as it ends (" + c.n() + " calls): ";
            case RETRY_TRANSIENT -> "Retrying transient failures (" + Numbers.number(c.failureRate())
                    + " per attempt): ";
            case RETRY_PERMANENT -> "Retrying permanent failures (" + Numbers.number(c.failureRate())
                    + " of the calls): ";
            case SHIELD -> "Shielding a short section after each call: ";
            case UNCANCELLABLE_FAIL_FAST -> "Tasks that ignore interrupts, under FAIL_FAST: ";
            case UNCANCELLABLE_DEADLINE -> "Tasks that ignore interrupts, under a deadline of a quarter latency: ";
            case CPU_BOUND -> "CPU-bound (" + c.n() + " tasks of " + Numbers.plain(c.cpuMs()) + " ms CPU): ";
            case CPU_NEIGHBOURS -> "CPU-bound neighbours (" + c.cpuTasks() + " tasks of " + Numbers.plain(c.cpuMs())
                    + " ms CPU beside " + c.n() + " I/O calls): ";
            case PINNING -> "Blocking inside synchronized (carrier pinning): ";
        };
        StringJoiner parts = new StringJoiner("; ", head, ".");
        for (LessonPair pair : pairs) {
            parts.add(part(pair));
        }
        return parts.toString();
    }

    private String who(LessonPair pair) {
        String label = pair.benchmarkCase().label();
        if (pair.lesson() == Lesson.PINNING) {
            return release(pair.jvm()) + " " + label;
        }
        return manyJvms ? label + " on " + names.brief(pair.jvm()) : label;
    }

    private String release(String jvm) {
        return names.jvm(jvm).filter(j -> j.version() != null).map(JvmNames::release).orElse(jvm);
    }

    private String part(LessonPair pair) {
        if (pair.notMeasured().isPresent()) {
            return who(pair) + ": not measured: " + pair.notMeasured().get();
        }
        Estimate v = pair.variant().orElseThrow();
        Estimate r = pair.reference().orElseThrow();
        Ratio ratio = pair.ratio().orElseThrow();
        String times = ms(v) + " against " + ms(r);
        String x = times(ratio);
        LessonPair.Extras e = pair.extras();
        return switch (pair.lesson()) {
            case HEDGING -> who(pair) + " had the first success after " + ms(v) + " against " + ms(r)
                    + " for one call (" + x + ")" + qualifier(ratio, "hedging paid", "hedging cost time");
            case COMPLETION_ORDER -> who(pair) + " had every outcome after " + ms(r) + " (what gather waits for), the"
                    + " first after " + ms(v) + " (" + x + " of that)"
                    + e.medianRatio().map(m -> " and half of them after " + times(m) + " of it").orElse("");
            case RETRY_TRANSIENT, RETRY_PERMANENT -> who(pair) + " took " + x + " the time without retries ("
                    + times + ") with " + Numbers.value(e.variantFailuresPerFanOut().orElse(Double.NaN))
                    + " failed calls per fan-out against " + Numbers.value(e.referenceFailuresPerFanOut()
                            .orElse(Double.NaN)) + " and " + Numbers.value(e.attemptsPerCall().orElse(Double.NaN))
                    + " attempts per call" + retryVerdict(pair, ratio);
            case SHIELD -> who(pair) + ": the shield cost " + x + " (" + times + ")"
                    + qualifier(ratio, "", "");
            case UNCANCELLABLE_FAIL_FAST, UNCANCELLABLE_DEADLINE -> who(pair) + " took " + ms(v)
                    + " to its outcome against " + ms(r) + " when tasks end on interrupt (" + x + ")"
                    + qualifier(ratio, "", "a task that ignores interrupts holds the call");
            case CPU_BOUND -> who(pair) + " took " + x + " the sequential time (" + times + ")" + cpuBound(pair);
            case CPU_NEIGHBOURS -> who(pair) + " I/O took " + x + " its time alone (" + times + ")"
                    + qualifier(ratio, "", "the neighbours held the I/O back");
            case PINNING -> who(pair) + ": blocking inside synchronized cost " + x + pinning(pair, ratio);
        };
    }

    private static String retryVerdict(LessonPair pair, Ratio ratio) {
        double fewer = pair.extras().referenceFailuresPerFanOut().orElse(0)
                - pair.extras().variantFailuresPerFanOut().orElse(0);
        String reading = qualifier(ratio, "", "");
        if (!reading.isEmpty()) {
            return reading;
        }
        return fewer > 0 ? ": retrying saved " + Numbers.value(fewer) + " failed calls per fan-out"
                : ": retrying only added time";
    }

    private static String cpuBound(LessonPair pair) {
        if (pair.extras().cpuBoundMs().isEmpty()) {
            return "; no CPU time was measured for its bound";
        }
        double efficiency = pair.efficiency().orElse(Double.NaN);
        String bound = " on " + pair.extras().cores() + " cores; its lower bound (CPU / cores) was "
                + Numbers.ratio(efficiency) + " of it";
        return bound + (pair.belowLowerBound() ? ": BELOW its lower bound, a bug in the bound or the benchmark"
                : ": no strategy beats the cores");
    }

    private String pinning(LessonPair pair, Ratio ratio) {
        LessonPair.Extras e = pair.extras();
        if (e.noPinningEvent()) {
            return " — no JFR pinning event on this JVM" + qualifier(ratio, "", "");
        }
        double pinned = e.pinnedPerInvocation().orElse(Double.NaN);
        int calls = pair.benchmarkCase().n();
        int feature = names.jvm(pair.jvm()).filter(j -> j.version() != null).map(JvmInfo::feature).orElse(0);
        String events = " with " + Numbers.value(pinned) + " pinned events per fan-out of " + calls + " calls";
        // Every call parks inside its monitor: where that pins, each call is an event. A few events per thousand
        // fan-outs come from elsewhere (the JVM pins a virtual thread in a native frame or a class initializer too).
        if (pinned >= PINNED_PER_CALL * calls) {
            return events + " — the calls pinned their carriers" + qualifier(ratio, "", "");
        }
        return events + " — the calls did not pin their carriers" + (feature >= 24 ? " (JEP 491)" : "")
                + qualifier(ratio, "", "");
    }

    /** Nothing where the interval lies wholly on one side of 1 (the words given, if any), else what it allows. */
    private static String qualifier(Ratio ratio, String lower, String higher) {
        return switch (LessonPair.Reading.of(ratio)) {
            case LOWER -> lower.isEmpty() ? "" : ": " + lower;
            case HIGHER -> higher.isEmpty() ? "" : ": " + higher;
            case SAME -> ": no measurable difference";
            case TOO_WIDE -> ": the interval is too wide to say (±"
                    + Numbers.plain(Math.round(100 * ratio.relativeHalfWidth())) + "%)";
            case ONE_FORK -> " (one fork: no interval to judge by)";
        };
    }

    static String times(Ratio ratio) {
        return ratio.bounded() ? Numbers.withInterval(ratio.value(), "×", ratio.lower(), ratio.upper())
                : Numbers.ratio(ratio.value()) + "× [" + Numbers.ratio(ratio.lower()) + ", ∞]";
    }

    private static String ms(Estimate e) {
        return Numbers.value(e.center()) + " ms";
    }
}
