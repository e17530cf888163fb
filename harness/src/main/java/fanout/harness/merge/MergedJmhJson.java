package fanout.harness.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import fanout.harness.model.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code jmh-result.json} of a merged run: the entries of the {@code jmh-result.json} beside each input
 * results file, input after input, as JMH wrote them (each entry names its {@code jvm} path itself), so that the
 * merged report's link to JMH's JSON holds every input's. An input without one, or with one that is not a JSON
 * array, is named in {@link #missing()} and left out; the merge itself does not depend on JMH's JSON.
 *
 * @param json the concatenated array, pretty-printed, with a final newline
 * @param missing the input results files that had no readable {@code jmh-result.json} beside them
 */
public record MergedJmhJson(String json, List<String> missing) {

    public MergedJmhJson {
        missing = List.copyOf(missing);
    }

    /** Reads the {@code jmh-result.json} beside each of {@code resultsFiles}. */
    public static MergedJmhJson beside(List<Path> resultsFiles) {
        ArrayNode all = ResultsJson.mapper().createArrayNode();
        List<String> missing = new ArrayList<>();
        for (Path file : resultsFiles) {
            Path jmh = file.toAbsolutePath().resolveSibling("jmh-result.json");
            JsonNode entries = null;
            if (Files.isRegularFile(jmh)) {
                try {
                    entries = ResultsJson.mapper().readTree(Files.readString(jmh));
                } catch (IOException e) {
                    entries = null; // unreadable or not JSON: reported in missing below
                }
            }
            if (entries != null && entries.isArray()) {
                entries.forEach(all::add);
            } else {
                missing.add(file.toString());
            }
        }
        try {
            return new MergedJmhJson(ResultsJson.mapper().writeValueAsString(all) + "\n", missing);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JMH entries", e);
        }
    }
}
