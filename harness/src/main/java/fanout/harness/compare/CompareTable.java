package fanout.harness.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The rows of a comparison as text cells, one row per compared benchmark, and their console (fixed-width) and
 * Markdown renderings. {@link CompareHtml} renders the same cells as HTML.
 */
public final class CompareTable {

    /** Parameters the strategy label already shows, left out of the case column. */
    private static final Set<String> IN_LABEL = Set.of("strategy", "executor", "implementation", "limit");

    private final Comparison comparison;
    private final List<String> header;
    private final List<List<String>> rows;

    public CompareTable(Comparison comparison) {
        this.comparison = comparison;
        String unit = comparison.changes().stream().map(Change::unit).filter(u -> u != null).findFirst().orElse("");
        String suffix = unit.isEmpty() ? "" : " (" + unit + ")";
        this.header = List.of("Benchmark", "Case", "JVM", "A" + suffix, "B" + suffix,
                "B/A", "B/A interval", "p", "Verdict");
        Map<String, Set<String>> varying = varyingParams(comparison.changes());
        this.rows = comparison.changes().stream().map(c -> List.of(
                c.benchmark(),
                caseOf(c, varying.getOrDefault(c.benchmark(), Set.of())),
                c.jvmA().equals(c.jvmB()) ? c.jvmA() : c.jvmA() + " vs " + c.jvmB(),
                Format.score(c.scoreA()),
                Format.score(c.scoreB()),
                Format.ratio(c.ratio()),
                Format.interval(c.ratioLow(), c.ratioHigh()),
                Format.pValue(c.pValue()),
                Format.verdict(c.verdict()))).toList();
    }

    public List<String> header() {
        return header;
    }

    public List<List<String>> rows() {
        return rows;
    }

    /** Columns 3 to 7 hold numbers and are right-aligned. */
    public static boolean numeric(int column) {
        return column >= 3 && column <= 7;
    }

    /** The parameters (other than those of the label) whose value differs between records of a benchmark. */
    private static Map<String, Set<String>> varyingParams(Collection<Change> changes) {
        Map<String, Map<String, Set<String>>> values = new HashMap<>();
        for (Change c : changes) {
            Map<String, Set<String>> byName = values.computeIfAbsent(c.benchmark(), b -> new HashMap<>());
            c.params().forEach((name, value) -> byName.computeIfAbsent(name, n -> new HashSet<>()).add(value));
        }
        Map<String, Set<String>> varying = new HashMap<>();
        values.forEach((benchmark, byName) -> {
            Set<String> names = new HashSet<>();
            byName.forEach((name, distinct) -> {
                if (distinct.size() > 1 && !IN_LABEL.contains(name)) {
                    names.add(name);
                }
            });
            varying.put(benchmark, names);
        });
        return varying;
    }

    private static String caseOf(Change c, Set<String> varying) {
        StringJoiner text = new StringJoiner(" ");
        text.add(c.label() == null ? c.params().getOrDefault("strategy", "?") : c.label());
        new TreeMap<>(c.params()).forEach((name, value) -> {
            if (varying.contains(name)) {
                text.add(name + "=" + value);
            }
        });
        return text.toString();
    }

    /** The table in fixed-width columns, then the summary and the benchmarks that were not compared. */
    public String console() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        text.append("A: ").append(comparison.nameA()).append('\n');
        text.append("B: ").append(comparison.nameB()).append("\n\n");
        for (int r = 0; r < all.size(); r++) {
            List<String> row = all.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(numeric(i) ? pad + cell : cell + pad);
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                StringJoiner rule = new StringJoiner("  ");
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                text.append(rule).append('\n');
            }
        }
        text.append(comparison.summary()).append('\n');
        for (Unmatched u : comparison.notComparable()) {
            text.append("not comparable: ").append(describe(u)).append('\n');
        }
        for (Unmatched u : comparison.missing()) {
            text.append("missing: ").append(describe(u)).append('\n');
        }
        return text.toString();
    }

    /** The same table in Markdown, with the summary and the lists of benchmarks that were not compared. */
    public String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("## Comparison\n\n");
        text.append("- A: ").append(md(comparison.nameA())).append('\n');
        text.append("- B: ").append(md(comparison.nameB())).append("\n\n");
        text.append(comparison.summary()).append(".\n\n");
        if (!rows.isEmpty()) {
            text.append(mdRow(header));
            StringJoiner rule = new StringJoiner(" | ", "| ", " |\n");
            for (int i = 0; i < header.size(); i++) {
                rule.add(numeric(i) ? "---:" : "---");
            }
            text.append(rule);
            rows.forEach(row -> text.append(mdRow(row)));
            text.append('\n');
        }
        list(text, "Not comparable", comparison.notComparable());
        list(text, "Missing on one side", comparison.missing());
        return text.toString();
    }

    private static void list(StringBuilder text, String title, List<Unmatched> unmatched) {
        if (unmatched.isEmpty()) {
            return;
        }
        text.append("### ").append(title).append("\n\n");
        unmatched.forEach(u -> text.append("- ").append(md(describe(u))).append('\n'));
        text.append('\n');
    }

    static String describe(Unmatched u) {
        return u.benchmark() + " " + u.label() + " " + u.params() + ": " + u.describe();
    }

    private static String mdRow(List<String> cells) {
        StringJoiner row = new StringJoiner(" | ", "| ", " |\n");
        cells.forEach(cell -> row.add(md(cell)));
        return row.toString();
    }

    /** Escapes what Markdown would read as markup or as a cell boundary. */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(ch) >= 0) {
                escaped.append('\\');
            }
            escaped.append(ch == '\n' || ch == '\r' ? ' ' : ch);
        }
        return escaped.toString();
    }
}
