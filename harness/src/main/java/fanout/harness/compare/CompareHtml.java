package fanout.harness.compare;

import static j2html.TagCreator.caption;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import j2html.tags.specialized.DivTag;
import j2html.tags.specialized.TableTag;
import java.util.List;
import java.util.stream.IntStream;

/** The comparison as an HTML fragment (a {@code div}) for the HTML report; every text is escaped by j2html. */
public final class CompareHtml {

    private CompareHtml() {
    }

    public static DivTag fragment(Comparison comparison) {
        return div().withClass("comparison").with(
                p(comparison.summary()),
                verdictTable(comparison, "A: " + comparison.nameA() + ", B: " + comparison.nameB()),
                comparison.notComparable().isEmpty() && comparison.missing().isEmpty() ? null
                        : ul(each(comparison.notComparable(), u -> li("not comparable: " + CompareTable.describe(u))),
                                each(comparison.missing(), u -> li("missing: " + CompareTable.describe(u)))));
    }

    /** The table alone, one row per compared benchmark, each row classed by its verdict (e.g. {@code regressed}). */
    public static TableTag verdictTable(Comparison comparison, String caption) {
        CompareTable table = new CompareTable(comparison);
        List<String> header = table.header();
        return table().withClass("compare").with(
                caption(caption),
                thead(tr(each(IntStream.range(0, header.size()).boxed().toList(),
                        i -> th(header.get(i)).withCondClass(CompareTable.numeric(i), "num")))),
                tbody(each(table.rows(), row -> tr(each(IntStream.range(0, row.size()).boxed().toList(),
                        i -> td(row.get(i)).withCondClass(CompareTable.numeric(i), "num")))
                        .withClass(verdictClass(row.get(row.size() - 1))))));
    }

    public static String render(Comparison comparison) {
        return fragment(comparison).render();
    }

    private static String verdictClass(String verdictText) {
        for (Verdict v : Verdict.values()) {
            if (Format.verdict(v).equals(verdictText)) {
                return v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
        }
        return "";
    }
}
