package fanout.harness.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Reads results files of earlier schema versions as the current one, on the JSON tree before it is bound to
 * {@link ResultDocument}, so that runs on disk and baselines kept by CI stay usable after a schema change.
 *
 * <p>Version 3 to 4: each record's {@code score}, {@code error}, {@code ci}, {@code unit} and {@code samples}
 * move into one {@code measurement} object (none for a record that was not measured); the samples, which version 3
 * did not keep apart by fork, become one group ({@code forks: [samples]}) with no {@code sampling}, so that no
 * statistic treats them as several forks; the record's {@code workload}, {@code strategy} and {@code label}, which
 * follow from its benchmark and parameters, are dropped. Version 3 had no lower bound: a simulated-I/O record's
 * {@code ideal} was its strategy's model and becomes its {@code model}; the git and overhead records' {@code ideal}
 * (the record's own CPU time / cores, the bare primitive's score) is neither a bound nor a model and is dropped, as
 * is the efficiency computed from it.
 *
 * <p>Version 4 to 5: nothing to move; a version-4 record has no {@code secondaryForks}, so no statistic over forks of
 * a secondary metric can be made of it.
 */
final class SchemaUpgrade {
    /** The oldest version this suite reads. */
    static final int OLDEST_READABLE = 3;

    private static final List<String> MEASUREMENT_V3 = List.of("score", "error", "ci", "unit");
    private static final List<String> DERIVED_V3 = List.of("workload", "strategy", "label");

    private SchemaUpgrade() {}

    /** Whether a file of this version can be read. */
    static boolean readable(int version) {
        return version >= OLDEST_READABLE && version <= ResultDocument.SCHEMA_VERSION;
    }

    /**
     * The document tree of {@code version} as a tree of the current version, each step of the upgrade in turn;
     * changes {@code tree} in place.
     */
    static JsonNode toCurrent(ObjectNode tree, int version) {
        if (version < 4) {
            int index = 0;
            for (JsonNode record : tree.path("records")) {
                if (record instanceof ObjectNode fields) {
                    measurementIntoOneObject(fields, index);
                }
                index++;
            }
            tree.put("schemaVersion", 4);
        }
        if (version < 5) {
            tree.put("schemaVersion", 5);
        }
        return tree;
    }

    private static void measurementIntoOneObject(ObjectNode record, int index) {
        boolean measured = "OK".equals(record.path("status").asText());
        if (measured && !record.path("score").isNumber()) {
            throw new IllegalArgumentException("record " + (index + 1) + " (" + record.path("benchmark").asText()
                    + ") is OK but has no score");
        }
        ObjectNode measurement = record.objectNode();
        for (String field : MEASUREMENT_V3) {
            JsonNode value = record.remove(field);
            if (value != null) {
                measurement.set(field, value);
            }
        }
        JsonNode samples = record.remove("samples");
        measurement.set("forks", measurement.arrayNode().add(samples != null && samples.isArray() ? samples
                : measurement.arrayNode()));
        measurement.putNull("sampling");
        DERIVED_V3.forEach(record::remove);
        record.set("measurement", measured ? measurement : record.nullNode());
        JsonNode ideal = record.remove("ideal");
        boolean simulated = record.path("benchmark").asText().startsWith("SimulatedIo");
        record.set("lowerBound", record.nullNode());
        record.set("model", ideal == null || !simulated ? record.nullNode() : ideal);
        record.remove("efficiency");
    }
}
