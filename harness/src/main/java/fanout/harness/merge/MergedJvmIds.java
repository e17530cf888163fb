package fanout.harness.merge;

import fanout.harness.model.HostInfo;
import fanout.harness.model.JvmInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ids the JVMs of several runs get in one merged document: as short as stays unique, labelled only where
 * needed, so that {@code fanout compare merged.json --jvms A,B} and the report's tables stay readable.
 *
 * <ol>
 *   <li>An id that only one JVM of all inputs has is kept: {@code jdk25}.</li>
 *   <li>An id that JVMs on several machines share gets the machine's name in front: {@code bench-a-jdk25},
 *       {@code bench-b-jdk25}.</li>
 *   <li>Where that still collides (the same machine measured the JVM in two runs), the run is added:
 *       {@code bench-a-jdk25-2026-11-21T06-07-56Z-smoke}.</li>
 * </ol>
 *
 * Every id is reduced to {@code [A-Za-z0-9._-]} (each run of other characters becomes one {@code -}), because
 * chart file names and the {@code --jvms} option use it; a last resort appends {@code -2}, {@code -3}, … should
 * two ids still be equal.
 */
final class MergedJvmIds {
    private MergedJvmIds() {}

    /** A JVM of one input, already placed on its machine and in its run ({@link JvmInfo#measuredIn}). */
    record Entry(int source, JvmInfo jvm) {}

    /** The new id of every entry, in the entries' order. */
    static List<String> assign(List<Entry> entries) {
        Map<String, Long> byId = count(entries, entry -> entry.jvm().id());
        Map<String, Long> byMachine = count(entries.stream().filter(entry -> byId.get(entry.jvm().id()) > 1).toList(),
                MergedJvmIds::machineLabelled);
        List<String> wanted = new ArrayList<>();
        for (Entry entry : entries) {
            String id = entry.jvm().id();
            if (byId.get(id) == 1) {
                wanted.add(safe(id));
            } else if (byMachine.get(machineLabelled(entry)) == 1) {
                wanted.add(machineLabelled(entry));
            } else {
                wanted.add(machineLabelled(entry) + "-" + safe(entry.jvm().run()));
            }
        }
        return unique(wanted);
    }

    /** {@code [A-Za-z0-9._-]} only: each run of other characters becomes one {@code -}, none at either end. */
    static String safe(String text) {
        String safe = text == null ? "" : text.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "unknown" : safe;
    }

    private static String machineLabelled(Entry entry) {
        HostInfo host = entry.jvm().host();
        return safe(host == null ? "unknown-host" : host.name()) + "-" + safe(entry.jvm().id());
    }

    private static Map<String, Long> count(List<Entry> entries, Function<Entry, String> key) {
        return entries.stream().collect(Collectors.groupingBy(key, HashMap::new, Collectors.counting()));
    }

    private static List<String> unique(List<String> wanted) {
        Set<String> taken = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (String id : wanted) {
            String unique = id;
            for (int n = 2; !taken.add(unique); n++) {
                unique = id + "-" + n;
            }
            ids.add(unique);
        }
        return ids;
    }
}
