package fanout.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.harness.analysis.cases.BenchmarkCatalog;
import fanout.strategy.Strategy;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunPlanTest {

    private static List<BenchmarkCase> simulated(List<BenchmarkCase> cases) {
        return cases.stream().filter(c -> c.benchmark().equals("SimulatedIoBenchmark")).toList();
    }

    @Test
    void smokeCoversEveryStrategyOnTheNSweepAndTheBoundedOnesOnTheKSweep() {
        List<BenchmarkCase> cases = new RunPlan(Profile.SMOKE, null, null, null, null).cases();

        for (Strategy strategy : Strategy.values()) {
            Set<String> ns = new HashSet<>();
            simulated(cases).stream().filter(c -> c.params().get("strategy").equals(strategy.name()))
                    .forEach(c -> ns.add(c.params().get("n")));
            assertEquals(Set.of("10", "100", "1000"), ns, strategy.name());
            assertTrue(cases.stream().anyMatch(c -> c.benchmark().equals("StrategyOverheadBenchmark")
                    && c.params().get("strategy").equals(strategy.name())), strategy.name());
            if (strategy.bounded()) {
                Set<String> ks = new HashSet<>();
                simulated(cases).stream().filter(c -> c.params().get("strategy").equals(strategy.name())
                        && c.params().get("n").equals("1000")).forEach(c -> ks.add(c.params().get("limit")));
                assertEquals(Set.of("16", "64", "256"), ks, strategy.name());
            }
        }
    }

    @Test
    void smokeRunsEveryStrategyOnGitAtTwoRepositoryCountsAndUserRepositoriesReplaceTheFixture() {
        List<BenchmarkCase> git = new RunPlan(Profile.SMOKE, null, null, "GitBenchmark", null).cases();
        for (Strategy strategy : Strategy.values()) {
            Set<String> repos = new HashSet<>();
            git.stream().filter(c -> c.params().get("strategy").equals(strategy.name())
                    && c.params().get("operation").equals("STATUS")
                    && c.params().get("launchMechanism").equals("DEFAULT")).forEach(c -> repos.add(c.params().get("repos")));
            assertEquals(Set.of("10", "50"), repos, strategy.name());
        }
        assertTrue(git.stream().anyMatch(c -> c.params().get("launchMechanism").equals("VFORK")));
        assertTrue(git.stream().anyMatch(c -> c.params().get("operation").equals("REPORT")));

        List<BenchmarkCase> user = new RunPlan(Profile.SMOKE, null, null, "GitBenchmark", null, 3).cases();
        assertTrue(user.stream().allMatch(c -> c.params().get("source").equals("USER")
                && c.params().get("repos").equals("3") && c.params().get("operation").equals("STATUS")));
    }

    @Test
    void smokeGivesEveryLessonACaseAndChartsFourAndFiveTheirRecordsInLightIterations() {
        List<BenchmarkCase> cases = new RunPlan(Profile.SMOKE, null, null, null, null).cases();
        List<BenchmarkCase> lessons = cases.stream().filter(c -> c.benchmark().equals("LessonBenchmark")).toList();

        for (fanout.jmh.LessonBenchmark.Lesson lesson : fanout.jmh.LessonBenchmark.Lesson.values()) {
            assertTrue(lessons.stream().anyMatch(c -> c.params().get("lesson").equals(lesson.name())
                    && c.params().get("strategy").equals("VIRTUAL_SCOPE")), lesson.name());
        }
        assertTrue(lessons.stream().anyMatch(c -> c.params().get("lesson").equals("CPU_NEIGHBOURS")
                && c.params().get("executor").equals("CACHED")));
        assertEquals(11, lessons.size());
        for (String strategy : List.of("SEMAPHORE", "BATCHED")) {
            Set<String> distributions = new HashSet<>();
            simulated(cases).stream().filter(c -> c.params().get("strategy").equals(strategy)
                    && c.params().get("n").equals("1000") && c.params().get("limit").equals("64")
                    && c.params().get("fault").equals("NONE")).forEach(c -> distributions.add(c.params()
                            .get("distribution")));
            assertEquals(Set.of("FIXED", "UNIFORM", "EXPONENTIAL", "LOG_NORMAL", "PARETO"), distributions, strategy);
        }
        assertEquals(6, simulated(cases).stream().filter(c -> c.params().get("fault").startsWith("FAIL_")
                && c.params().get("strategy").equals("SEMAPHORE")).count(), "both faults under each policy");
        assertEquals(2, simulated(cases).stream().filter(c -> c.params().get("fault").startsWith("HANG_")
                && !c.params().get("deadlineMs").equals("0")).count());
        assertEquals(95, cases.size(), "the profile's Javadoc states the count");
    }

    @Test
    void everyCaseSetsEveryParameterAndNoCaseRepeats() {
        List<BenchmarkCase> cases = new RunPlan(Profile.FULL, null, null, null, null).cases();

        assertEquals(cases.size(), new HashSet<>(cases).size());
        for (BenchmarkCase c : cases) {
            assertEquals(BenchmarkCatalog.defaults(c.benchmark()).keySet(), c.params().keySet(), c.id());
        }
    }

    @Test
    void overridesReplaceValuesAndParametersAStrategyIgnoresAreNotSwept() {
        List<BenchmarkCase> cases = simulated(new RunPlan(Profile.SMOKE, List.of("SEQUENTIAL", "SEMAPHORE"),
                Map.of("n", List.of("5", "7"), "limit", List.of("2", "3")), null, "Overhead").cases());

        // SEQUENTIAL does not read k: two N values, one case each. SEMAPHORE, undisturbed: 2 N × 2 k (its heavy-tail
        // and failure cases of charts 4 and 5 are swept the same way, each its own case).
        assertEquals(2, cases.stream().filter(c -> c.params().get("strategy").equals("SEQUENTIAL")).count());
        assertEquals(4, cases.stream().filter(c -> c.params().get("strategy").equals("SEMAPHORE")
                && c.params().get("fault").equals("NONE") && c.params().get("distribution").equals("FIXED")).count());
        assertTrue(cases.stream().allMatch(c -> Set.of("5", "7").contains(c.params().get("n"))));
    }
}
