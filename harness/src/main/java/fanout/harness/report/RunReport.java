package fanout.harness.report;

import fanout.harness.analysis.RunAnalysis;
import fanout.harness.chart.AllocationVsNChart;
import fanout.harness.chart.GitScalingChart;
import fanout.harness.chart.JvmComparisonChart;
import fanout.harness.chart.OverheadVsNChart;
import fanout.harness.chart.RenderedChart;
import fanout.harness.model.RunInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of one run (SPEC §8) as sections: the summary, the answer (per situation the strategy to use, its margin,
 * the pitfalls), the environment, the method, each chart with its sentence, the lessons from the seeds (a sentence per
 * lesson, the failures' orphans, the table), the comparison of the run's JVMs, the result tables, the git section, the
 * overhead section (charts 8 and 8b, then the table), and the run's data files. Everything computed comes from the
 * {@link RunAnalysis}; this class only arranges it.
 */
public final class RunReport {
    private RunReport() {}

    /** The report of an analysed run whose charts were drawn as {@code charts}. */
    public static Report of(RunAnalysis analysis, List<RenderedChart> charts) {
        RunInfo run = analysis.run();
        List<Block> lead = new ArrayList<>();
        lead.add(Block.Paragraph.of(analysis.summary()));
        analysis.functionalCheck().ifPresent(check -> lead.add(new Block.Paragraph(check,
                Block.Paragraph.Kind.WARNING)));
        if (!run.complete()) {
            lead.add(new Block.Paragraph(analysis.completeness(), Block.Paragraph.Kind.WARNING));
        }

        List<Block> environment = new ArrayList<>(List.of(EnvironmentFacts.run(analysis),
                EnvironmentFacts.jvms(run)));
        if (!run.notes().isEmpty()) {
            environment.add(EnvironmentFacts.notes(run));
        }

        List<Block> chartBlocks = new ArrayList<>();
        List<RenderedChart> simulated = charts.stream().filter(c -> !isGit(c) && !isJvm(c) && !isOverhead(c))
                .toList();
        if (simulated.isEmpty()) {
            chartBlocks.add(Block.Paragraph.of(charts.isEmpty() ? "This run has no records any chart draws."
                    : "This run has no simulated-I/O records any chart draws; " + elsewhere(charts) + "."));
        }
        simulated.forEach(chart -> chartBlocks.add(new Block.Chart(chart)));

        List<Block> git = new ArrayList<>();
        charts.stream().filter(RunReport::isGit).forEach(chart -> git.add(new Block.Chart(chart)));
        git.add(GitTable.of(analysis).<Block>map(t -> t).orElse(Block.Paragraph.of("This run has no git records.")));
        GitRunnerTable.of(analysis).ifPresent(git::add);

        List<Block> overhead = new ArrayList<>();
        charts.stream().filter(RunReport::isOverhead).forEach(chart -> overhead.add(new Block.Chart(chart)));
        overhead.add(OverheadTable.of(analysis).<Block>map(t -> t)
                .orElse(Block.Paragraph.of("This run has no overhead records.")));

        List<Block> lessons = new ArrayList<>();
        List<String> lessonSentences = new ArrayList<>(analysis.lessonSentences());
        analysis.heavyTail().ifPresent(figure -> lessonSentences.add("Heavy tails (chart 4): " + figure.sentence()));
        analysis.failures().ifPresent(figure -> lessonSentences.addAll(figure.orphans()));
        if (lessonSentences.isEmpty()) {
            lessons.add(Block.Paragraph.of("This run has no lesson records, no heavy-tail and no failure sweep."));
        } else {
            lessons.add(new Block.Bullets(lessonSentences));
        }
        LessonTable.of(analysis).ifPresent(lessons::add);

        return new Report("fanout-bench run " + run.id(), lead, List.of(
                new Report.Section("answer", "The answer: which strategy to use",
                        AnswerSection.of(analysis.answer(), analysis.names())),
                new Report.Section("environment", "Environment", environment),
                new Report.Section("method", "Method",
                        MethodText.paragraphs().stream().<Block>map(Block.Paragraph::of).toList()),
                new Report.Section("charts", "Charts", chartBlocks),
                new Report.Section("lessons", "Lessons from the seeds", lessons),
                new Report.Section("jvms", "JVMs", JvmSection.blocks(analysis,
                        charts.stream().filter(RunReport::isJvm).findFirst())),
                new Report.Section("results", "Results", new ArrayList<>(ResultTables.of(analysis))),
                new Report.Section("git", "Git", git),
                new Report.Section("overhead", "Strategy overhead", overhead),
                new Report.Section("data", "Data",
                        List.of(new Block.DataFiles(List.of("results.json", "jmh-result.json"))))));
    }

    /** Whether the chart is the git one, which the report shows in its git section beside the git table. */
    private static boolean isGit(RenderedChart chart) {
        return GitScalingChart.ID.equals(chart.id());
    }

    /** Whether the chart is chart 7, which the report shows in its JVMs section. */
    private static boolean isJvm(RenderedChart chart) {
        return JvmComparisonChart.ID.equals(chart.id());
    }

    /** Whether the chart is chart 8 or 8b, which the report shows in its overhead section above the table. */
    private static boolean isOverhead(RenderedChart chart) {
        return OverheadVsNChart.ID.equals(chart.id()) || AllocationVsNChart.ID.equals(chart.id());
    }

    /** Where the charts of a run without simulated-I/O charts are: "its git chart is under Git", …. */
    private static String elsewhere(List<RenderedChart> charts) {
        List<String> where = new ArrayList<>();
        if (charts.stream().anyMatch(RunReport::isGit)) {
            where.add("its git chart is under Git");
        }
        if (charts.stream().anyMatch(RunReport::isJvm)) {
            where.add("its JVM comparison is under JVMs");
        }
        if (charts.stream().anyMatch(RunReport::isOverhead)) {
            where.add("its overhead charts are under Strategy overhead");
        }
        return String.join("; ", where);
    }
}
