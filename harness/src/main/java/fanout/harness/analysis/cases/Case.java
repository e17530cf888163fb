package fanout.harness.analysis.cases;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What one benchmark record measured, read once from its parameters ({@link Cases#parse}): one record type per
 * workload, each field typed. Everything after the results document — runs, analysis, charts, tables, comparisons —
 * reads these, never a parameter by its name.
 */
public sealed interface Case permits SimulatedIoCase, OverheadCase, GitCase, LessonCase {

    Workload workload();

    /** The strategy and the settings the case gives it. */
    StrategyChoice strategy();

    /** How tables and legends name the case's strategy: {@code SEMAPHORE(k=64)}, {@code ALL_OF(VIRTUAL)}. */
    default String label() {
        return strategy().label();
    }

    /**
     * How many tasks one fan-out of the case runs, where the case says: N of simulated I/O and of the overhead
     * benchmark, the repository count of {@code git status}; empty where it depends on what the fan-out finds (the git
     * report pipeline, the user's repositories when all are used).
     */
    OptionalInt tasks();

    /** This case with another strategy choice. */
    Case withStrategy(StrategyChoice choice);

    /** The parameters as JMH takes them and records hold them. */
    default Map<String, String> params() {
        return Cases.params(this);
    }

    /**
     * The case's other settings, those its {@linkplain #label() label} does not state, in the order the benchmark
     * declares them, with their values as the parameters spell them: what tells two cases of one label apart.
     */
    default List<Setting> settings() {
        return Cases.settings(this);
    }

    /** The benchmark as records name it, e.g. {@code SimulatedIoBenchmark.fanOut}. */
    default String benchmark() {
        return workload().benchmark();
    }

    /**
     * One setting of a case.
     *
     * @param param the parameter
     * @param value its value as the parameters spell it, e.g. {@code FAIL_FIRST} or {@code 0.01}
     */
    record Setting(Param param, String value) {
        @Override
        public String toString() {
            return param.jmhName() + "=" + value;
        }
    }
}
