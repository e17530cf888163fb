package fanout.harness.analysis;

import fanout.harness.model.HostInfo;
import fanout.harness.model.JvmInfo;
import fanout.harness.model.RunInfo;
import java.util.List;
import java.util.function.Function;

/**
 * How the JVMs of one results document are named in words, everywhere: in summaries, footnotes, tables, chart
 * legends and verdicts. A name is as short as tells the document's JVMs apart: the machine is added where the JVMs ran
 * on several machines (merged runs), and the JVM's id where that still leaves two alike.
 */
public final class JvmNames {
    private final RunInfo run;

    public JvmNames(RunInfo run) {
        this.run = run;
    }

    /** "JDK 25.0.1 Eclipse Adoptium": what a JVM is, whatever document it is in. */
    public static String describe(JvmInfo jvm) {
        return jvm.version() == null ? jvm.id() : "JDK " + jvm.version() + " " + jvm.vendor();
    }

    /** "JDK 25": the release, as reasons and verdict labels name it ("unsupported on JDK 17"). */
    public static String release(JvmInfo jvm) {
        return "JDK " + jvm.feature();
    }

    /**
     * "JDK 25.0.1 Eclipse Adoptium"; "… on bench-b" where the JVMs ran on several machines; with the id added,
     * "… (bench-b-jdk25-2026-11-21T06-07-56Z-smoke)", where that still names two JVMs. The id itself for a JVM the
     * document does not list.
     */
    public String full(String jvmId) {
        boolean severalMachines = run.machines().size() > 1;
        return distinct(jvmId, jvm -> {
            HostInfo machine = run.hostOf(jvm.id());
            return severalMachines && machine != null ? describe(jvm) + " on " + machine.name() : describe(jvm);
        });
    }

    /** "JDK 25.0.3": the version alone, with the id added where two JVMs of the document have that version. */
    public String brief(String jvmId) {
        return distinct(jvmId, jvm -> jvm.version() == null ? jvm.id() : "JDK " + jvm.version());
    }

    /** "JDK 25.0.3 (jdk25)": the brief name with the id that {@code fanout compare --jvms} takes. */
    public String withId(String jvmId) {
        String brief = brief(jvmId);
        return brief.endsWith("(" + jvmId + ")") || brief.equals(jvmId) ? brief : brief + " (" + jvmId + ")";
    }

    /** Every JVM of the document by its full name, in document order: "JDK 17.0.15 …, JDK 25.0.1 …". */
    public String all() {
        return String.join(", ", run.jvms().stream().map(jvm -> full(jvm.id())).toList());
    }

    /** The JVM of the document with this id, if it lists one. */
    public java.util.Optional<JvmInfo> jvm(String jvmId) {
        return run.jvms().stream().filter(jvm -> jvm.id().equals(jvmId)).findFirst();
    }

    private String distinct(String jvmId, Function<JvmInfo, String> words) {
        List<JvmInfo> jvms = run.jvms();
        return jvm(jvmId).map(jvm -> {
            String text = words.apply(jvm);
            boolean ambiguous = jvms.stream().filter(other -> !other.id().equals(jvmId))
                    .anyMatch(other -> words.apply(other).equals(text));
            return ambiguous ? text + " (" + jvmId + ")" : text;
        }).orElse(jvmId);
    }
}
