package fanout.harness.run;

import fanout.harness.UsageException;
import fanout.harness.analysis.cases.BenchmarkCatalog;
import fanout.harness.analysis.cases.Case;
import fanout.harness.analysis.cases.Cases;
import fanout.harness.analysis.cases.GitCase;
import fanout.harness.analysis.cases.Param;
import fanout.harness.analysis.cases.Workload;
import fanout.jmh.GitBenchmark.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The cases a run will measure: a profile's cases, with the command line's parameter overrides applied
 * (every case that has the parameter gets each listed value instead), filtered by strategy and by
 * include/exclude patterns (matched against {@link BenchmarkCase#id()}), every parameter completed with its
 * default and checked. Parameters a case's strategy does not read (k of SEQUENTIAL, the executor of
 * SEMAPHORE) are reset to their defaults, so that no case is measured twice under two names.
 *
 * @param profile the named profile
 * @param strategies only cases of these strategies (null or empty: all)
 * @param overrides parameter name to the values that replace the profile's, e.g. {@code n → [100, 1000]}
 * @param include cases whose id matches this are kept (null: all)
 * @param exclude cases whose id matches this are dropped (null: none)
 * @param userRepositories how many of the user's own repositories the git cases run on instead of the
 *     fixture (0: the fixture); they then run {@code git status} over those repositories only
 */
public record RunPlan(Profile profile, List<String> strategies, Map<String, List<String>> overrides, String include,
        String exclude, int userRepositories) {

    public RunPlan(Profile profile, List<String> strategies, Map<String, List<String>> overrides, String include,
            String exclude) {
        this(profile, strategies, overrides, include, exclude, 0);
    }

    public RunPlan {
        strategies = strategies == null ? List.of() : List.copyOf(strategies);
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    /**
     * The cases, in run order, without duplicates.
     *
     * @throws UsageException for an unknown parameter or value, a bad pattern, or a plan with no case
     */
    public List<BenchmarkCase> cases() {
        Pattern included = compile("--include", include);
        Pattern excluded = compile("--exclude", exclude);
        validateOverrides();
        for (String strategy : strategies) {
            BenchmarkCatalog.validate(Workload.SIMULATED_IO.benchmarkClass(), Param.STRATEGY.jmhName(), strategy);
        }
        LinkedHashSet<BenchmarkCase> cases = new LinkedHashSet<>();
        for (BenchmarkCase base : profile.cases()) {
            for (Map<String, String> params : expand(base.benchmarkCase())) {
                Case planned = Cases.parse(base.benchmark(), params);
                if (userRepositories > 0 && planned instanceof GitCase git) {
                    planned = git.onUserRepositories(userRepositories);
                }
                BenchmarkCase complete = base.withCase(canonical(planned));
                String id = complete.id();
                if ((strategies.isEmpty() || strategies.contains(complete.benchmarkCase().strategy().strategy().name()))
                        && (included == null || included.matcher(id).find())
                        && (excluded == null || !excluded.matcher(id).find())) {
                    cases.add(complete);
                }
            }
        }
        if (userRepositories == 0 && cases.stream().anyMatch(c -> c.benchmarkCase() instanceof GitCase git
                && git.source() == Source.USER)) {
            throw new UsageException("source=USER needs your repositories: give --repos PATH,... or --repos-dir DIR");
        }
        if (cases.isEmpty()) {
            throw new UsageException("no benchmark case of profile " + profile.id() + " matches --include "
                    + include + " / --exclude " + exclude + " and the parameters given");
        }
        return List.copyOf(cases);
    }

    /**
     * The case with the settings its strategy does not read (k of SEQUENTIAL, the executor of SEMAPHORE) reset to
     * the benchmark's defaults.
     */
    private static Case canonical(Case c) {
        return c.withStrategy(c.strategy().canonical(Cases.defaults(c.workload()).strategy()));
    }

    private void validateOverrides() {
        for (Map.Entry<String, List<String>> override : overrides.entrySet()) {
            String name = override.getKey();
            boolean known = false;
            for (String benchmark : BenchmarkCatalog.names()) {
                if (BenchmarkCatalog.hasParam(benchmark, name)) {
                    known = true;
                    for (String value : override.getValue()) {
                        BenchmarkCatalog.validate(benchmark, name, value);
                    }
                }
            }
            if (!known) {
                throw new UsageException("unknown parameter '" + name + "' (the simulated benchmark has "
                        + String.join(", ", BenchmarkCatalog.defaults(Workload.SIMULATED_IO.benchmarkClass()).keySet())
                        + ")");
            }
            if (override.getValue().isEmpty()) {
                throw new UsageException("parameter '" + name + "' needs at least one value");
            }
        }
    }

    /** The case's parameters with every applicable override expanded (a cartesian product). */
    private List<Map<String, String>> expand(Case base) {
        String benchmark = base.workload().benchmarkClass();
        List<Map<String, String>> expanded = new ArrayList<>();
        expanded.add(new LinkedHashMap<>(base.params()));
        for (Map.Entry<String, List<String>> override : overrides.entrySet()) {
            if (!BenchmarkCatalog.hasParam(benchmark, override.getKey())) {
                continue;
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> params : expanded) {
                for (String value : override.getValue()) {
                    Map<String, String> copy = new LinkedHashMap<>(params);
                    copy.put(override.getKey(), value);
                    next.add(copy);
                }
            }
            expanded = next;
        }
        return expanded;
    }

    private static Pattern compile(String option, String regex) {
        if (regex == null || regex.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new UsageException(option + " '" + regex + "' is not a valid regular expression: "
                    + e.getDescription());
        }
    }
}
