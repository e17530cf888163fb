package fanout.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The harness's data flows one way (results document → typed cases → one analysis → charts and report sections →
 * HTML and Markdown), and this test keeps it so, by reading the main sources: who may import whom, and that only the
 * case parser reads a parameter by its name.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/fanout/harness");

    @Test
    void onlyTheCaseParserReadsAParameterByName() throws IOException {
        assertEquals(List.of(), offending(Pattern.compile("params\\(\\)\\s*\\.\\s*(get|getOrDefault|containsKey)\\("),
                file -> !file.endsWith(Path.of("analysis/cases/Cases.java"))));
    }

    @Test
    void noLabelIsParsedBackIntoData() throws IOException {
        assertEquals(List.of(), offending(Pattern.compile("label\\(\\)\\s*\\.\\s*(contains|replace\\w*|startsWith|"
                + "endsWith|split|indexOf|substring)\\("), file -> true));
    }

    @Test
    void benchmarksAreNamedOnlyByTheirWorkload() throws IOException {
        assertEquals(List.of(), offending(Pattern.compile("\"(SimulatedIoBenchmark|StrategyOverheadBenchmark|"
                + "GitBenchmark)"), file -> !file.endsWith(Path.of("analysis/cases/Workload.java"))));
    }

    @Test
    void chartsImportNothingFromCompareModelOrRun() throws IOException {
        assertEquals(List.of(), imports("chart", "compare", "model", "run", "report", "merge", "cli"));
    }

    @Test
    void theAnalysisImportsNothingThatPresentsOrRuns() throws IOException {
        assertEquals(List.of(), imports("analysis", "chart", "report", "compare", "run", "merge", "cli"));
    }

    @Test
    void reportsImportNothingFromRunCompareOrMerge() throws IOException {
        assertEquals(List.of(), imports("report", "run", "compare", "merge", "cli"));
    }

    /** The lines of files under {@code MAIN/from} that import from any of the other packages. */
    private static List<String> imports(String from, String... forbidden) throws IOException {
        String alternatives = String.join("|", forbidden);
        Pattern importing = Pattern.compile("^import (static )?fanout\\.harness\\.(" + alternatives + ")\\.");
        return offending(importing, file -> file.startsWith(MAIN.resolve(from)));
    }

    private static List<String> offending(Pattern pattern, java.util.function.Predicate<Path> inScope)
            throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).filter(inScope).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (pattern.matcher(lines.get(i)).find()) {
                        found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}
