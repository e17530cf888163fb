package fanout.harness.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fanout.harness.UsageException;
import fanout.harness.analysis.cases.BenchmarkCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * {@code docs/parameters.md} says what the benchmark classes declare: every {@code @Param} of every benchmark JMH
 * knows, with its type, its allowed values and its default, and every value of every enum parameter with what it
 * means. When the two disagree this test fails and prints the exact rows to add, remove or replace, so the doc is
 * fixed by pasting (the meaning of a new row is left for a person to write).
 *
 * <p>The doc holds two Markdown tables, found by their header rows:
 * <ul>
 *   <li>{@code | benchmark | parameter | type | values | default | meaning |}: one row per benchmark and parameter.
 *       {@code type} is {@code enum}, {@code int}, {@code long} or {@code double}; {@code values} lists an enum's
 *       constants in declaration order, each in backticks, separated by {@code ", "}, and for a number is the
 *       least value the harness accepts ({@code ≥ 0} or {@code ≥ 1}); {@code default} is the {@code @Param}
 *       value(s) in backticks.</li>
 *   <li>{@code | parameter | value | meaning |}: one row per constant of every enum parameter.</li>
 * </ul>
 * Cells are compared as text, whitespace trimmed; the meaning column must not be empty.
 */
class ParametersDocTest {

    /** Surefire runs in the module's folder, {@code harness/}; the docs are beside it. */
    static final Path DOC = Path.of("../docs/parameters.md");

    static final List<String> PARAMETERS_HEADER = List.of("benchmark", "parameter", "type", "values", "default",
            "meaning");
    static final List<String> VALUES_HEADER = List.of("parameter", "value", "meaning");

    /** One row of a Markdown table: its cells, and the line it came from (1-based) and its text. */
    record Row(int line, String text, List<String> cells) {}

    /** A parameter as the code declares it, as the cells of its doc row (the meaning excluded). */
    record Declared(String benchmark, String parameter, String type, String values, String defaults) {
        String key() {
            return benchmark + " " + parameter;
        }

        List<String> cells() {
            return List.of(benchmark, parameter, type, values, defaults);
        }
    }

    @Test
    void theDocIsWhereTheTestLooks() {
        assertTrue(Files.isRegularFile(DOC), () -> DOC.toAbsolutePath().normalize()
                + " is missing (the test runs in " + Path.of("").toAbsolutePath() + ")");
    }

    @Test
    void everyParameterOfEveryBenchmarkIsInTheDocAsTheCodeDeclaresIt() throws IOException {
        Map<String, Declared> declared = new LinkedHashMap<>();
        for (Declared parameter : declaredParameters()) {
            declared.put(parameter.key(), parameter);
        }
        List<String> problems = new ArrayList<>();
        Map<String, Row> documented = new LinkedHashMap<>();
        for (Row row : table(PARAMETERS_HEADER)) {
            String key = row.cells().get(0) + " " + row.cells().get(1);
            if (documented.put(key, row) != null) {
                problems.add("line " + row.line() + " documents " + key + " a second time; remove it: " + row.text());
            }
        }
        for (Declared parameter : declared.values()) {
            Row row = documented.get(parameter.key());
            if (row == null) {
                problems.add("missing parameter; add this row (and write its meaning): "
                        + markdownRow(parameter.cells(), "…"));
            } else if (!row.cells().subList(0, 5).equals(parameter.cells())) {
                problems.add("line " + row.line() + " disagrees with the code (" + differences(row.cells(),
                        parameter.cells()) + "); replace it with: " + markdownRow(parameter.cells(),
                                row.cells().get(5)));
            }
        }
        for (Map.Entry<String, Row> entry : documented.entrySet()) {
            if (!declared.containsKey(entry.getKey())) {
                problems.add("line " + entry.getValue().line() + " documents a parameter no benchmark declares;"
                        + " remove it: " + entry.getValue().text());
            }
        }
        emptyMeanings(table(PARAMETERS_HEADER), problems);
        failWith(problems);
    }

    @Test
    void everyValueOfEveryEnumParameterIsExplained() throws IOException {
        Map<String, List<String>> constants = new TreeMap<>();
        for (String benchmark : benchmarkClasses().keySet()) {
            for (Field field : parameterFields(benchmarkClasses().get(benchmark)).values()) {
                if (field.getType().isEnum()) {
                    List<String> values = constants.computeIfAbsent(field.getName(), name -> new ArrayList<>());
                    for (String constant : enumConstants(field.getType())) {
                        if (!values.contains(constant)) {
                            values.add(constant);
                        }
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, Row> documented = new LinkedHashMap<>();
        for (Row row : table(VALUES_HEADER)) {
            String key = row.cells().get(0) + " " + row.cells().get(1);
            if (documented.put(key, row) != null) {
                problems.add("line " + row.line() + " explains " + key + " a second time; remove it: " + row.text());
            }
        }
        List<String> expectedKeys = new ArrayList<>();
        constants.forEach((parameter, values) -> {
            for (String value : values) {
                String key = code(parameter) + " " + code(value);
                expectedKeys.add(key);
                if (!documented.containsKey(key)) {
                    problems.add("missing value; add this row to the values table (and write its meaning): "
                            + markdownRow(List.of(code(parameter), code(value)), "…"));
                }
            }
        });
        documented.forEach((key, row) -> {
            if (!expectedKeys.contains(key)) {
                problems.add("line " + row.line() + " explains a value no enum parameter has; remove it: "
                        + row.text());
            }
        });
        emptyMeanings(table(VALUES_HEADER), problems);
        failWith(problems);
    }

    /**
     * Every parameter of every benchmark class JMH's annotation processor listed (so a new benchmark class is
     * covered without touching this test), as its doc row should read.
     */
    static List<Declared> declaredParameters() throws IOException {
        List<Declared> all = new ArrayList<>();
        for (Map.Entry<String, Class<?>> benchmark : benchmarkClasses().entrySet()) {
            for (Field field : parameterFields(benchmark.getValue()).values()) {
                all.add(declared(benchmark.getKey(), field));
            }
        }
        return all;
    }

    static Declared declared(String benchmark, Field field) {
        Class<?> type = field.getType();
        String typeName;
        String values;
        if (type.isEnum()) {
            typeName = "enum";
            values = enumConstants(type).stream().map(ParametersDocTest::code).collect(Collectors.joining(", "));
        } else if (type == int.class || type == long.class || type == double.class) {
            typeName = type.getName();
            values = accepts(benchmark, field.getName(), "0") ? "≥ 0" : "≥ 1";
        } else {
            throw new AssertionError(benchmark + "." + field.getName() + " is a " + type.getName()
                    + ": teach ParametersDocTest (and BenchmarkCatalog.validate) that type");
        }
        String defaults = Arrays.stream(field.getAnnotation(Param.class).value()).map(ParametersDocTest::code)
                .collect(Collectors.joining(", "));
        return new Declared(code(benchmark), code(field.getName()), typeName, values, defaults);
    }

    /** Whether the harness accepts this value of the parameter (the check every {@code -p} value goes through). */
    static boolean accepts(String benchmark, String parameter, String value) {
        try {
            BenchmarkCatalog.validate(benchmark, parameter, value);
            return true;
        } catch (UsageException refused) {
            return false;
        }
    }

    /** The benchmark classes of every {@code META-INF/BenchmarkList} on the class path, by simple name. */
    static Map<String, Class<?>> benchmarkClasses() throws IOException {
        Map<String, Class<?>> classes = new TreeMap<>();
        ClassLoader loader = ParametersDocTest.class.getClassLoader();
        for (URL list : Collections.list(loader.getResources(BenchmarkList.BENCHMARK_LIST.substring(1)))) {
            try (InputStream in = list.openStream()) {
                for (BenchmarkListEntry entry : BenchmarkList.readBenchmarkList(in)) {
                    Class<?> type;
                    try {
                        type = Class.forName(entry.getUserClassQName(), false, loader);
                    } catch (ClassNotFoundException e) {
                        throw new AssertionError(list + " names " + entry.getUserClassQName() + ", which is missing", e);
                    }
                    classes.put(type.getSimpleName(), type);
                    Map<String, String[]> params = entry.getParams().orElse(Map.of());
                    assertTrue(parameterFields(type).keySet().containsAll(params.keySet()), () -> type.getName()
                            + " has parameters outside its own class (" + params.keySet() + "); teach"
                            + " ParametersDocTest where to find them");
                }
            }
        }
        assertTrue(!classes.isEmpty(), "no META-INF/BenchmarkList on the class path: is fanout-benchmarks there?");
        TreeSet<String> unknown = new TreeSet<>(classes.keySet());
        unknown.removeAll(BenchmarkCatalog.names());
        assertTrue(unknown.isEmpty(), () -> "benchmarks the harness does not know (add them to BenchmarkCatalog): "
                + unknown);
        return classes;
    }

    /** The class's {@code @Param} fields by name, in declaration order. */
    static Map<String, Field> parameterFields(Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field field : type.getFields()) {
            if (field.isAnnotationPresent(Param.class)) {
                fields.put(field.getName(), field);
            }
        }
        return fields;
    }

    static List<String> enumConstants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
    }

    /** The rows of the one table of the doc whose header is {@code header}. */
    static List<Row> table(List<String> header) throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        List<Row> rows = null;
        for (int i = 0; i < lines.size(); i++) {
            if (!cells(lines.get(i)).equals(header)) {
                continue;
            }
            assertTrue(rows == null, () -> DOC + " has two tables with the header " + header);
            rows = new ArrayList<>();
            for (int j = i + 2; j < lines.size() && lines.get(j).strip().startsWith("|"); j++) {
                List<String> cells = cells(lines.get(j));
                int line = j + 1;
                assertTrue(cells.size() == header.size(), () -> DOC + " line " + line + " has " + cells.size()
                        + " cells, the table " + header.size() + ": " + lines.get(line - 1));
                rows.add(new Row(line, lines.get(j).strip(), cells));
            }
        }
        if (rows == null) {
            fail(DOC + " has no table with the header " + markdownRow(header.subList(0, header.size() - 1),
                    header.get(header.size() - 1)));
        }
        return rows;
    }

    /** The cells of a Markdown table row, trimmed; empty for a line that is not one. */
    static List<String> cells(String line) {
        String row = line.strip();
        if (!row.startsWith("|") || !row.endsWith("|") || row.length() < 2) {
            return List.of();
        }
        return Arrays.stream(row.substring(1, row.length() - 1).split("(?<!\\\\)\\|", -1)).map(String::strip)
                .toList();
    }

    static String markdownRow(List<String> cells, String meaning) {
        return "| " + String.join(" | ", cells) + " | " + meaning + " |";
    }

    static String code(String text) {
        return "`" + text + "`";
    }

    static String differences(List<String> documented, List<String> declared) {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            if (!documented.get(i).equals(declared.get(i))) {
                differences.add(PARAMETERS_HEADER.get(i) + ": the doc says " + documented.get(i) + ", the code "
                        + declared.get(i));
            }
        }
        return String.join("; ", differences);
    }

    static void emptyMeanings(List<Row> rows, List<String> problems) {
        for (Row row : rows) {
            String meaning = row.cells().get(row.cells().size() - 1);
            if (meaning.isEmpty() || meaning.equals("…")) {
                problems.add("line " + row.line() + " has no meaning yet; write one: " + row.text());
            }
        }
    }

    static void failWith(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(DOC + " and the benchmark classes disagree:\n  " + String.join("\n  ", problems) + "\n");
        }
    }
}
