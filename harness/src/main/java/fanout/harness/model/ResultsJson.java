package fanout.harness.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes results documents and JMH's JSON, with one configured mapper. */
public final class ResultsJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultsJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(ResultDocument document) {
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise results", e);
        }
    }

    /**
     * Reads a results file, checking that it is one: a clear {@link InvalidResultsException} for a file that
     * is missing, unreadable, truncated, not JSON, of another format or of a schema version it cannot read. A file
     * of an earlier version it can read is returned as a document of the current version.
     */
    public static ResultDocument read(Path file) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(Files.readString(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidResultsException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new InvalidResultsException(file + ": not valid JSON (truncated or corrupt?): "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidResultsException(file + ": cannot read: " + e.getMessage());
        }
        if (tree == null || !tree.isObject() || !ResultDocument.FORMAT.equals(tree.path("format").asText())) {
            throw new InvalidResultsException(file + ": not a fanout-bench results file (no \"format\": \""
                    + ResultDocument.FORMAT + "\")");
        }
        int version = tree.path("schemaVersion").asInt(-1);
        if (!SchemaUpgrade.readable(version)) {
            throw new InvalidResultsException(file + ": schema version " + version + ", this suite reads versions "
                    + SchemaUpgrade.OLDEST_READABLE + " to " + ResultDocument.SCHEMA_VERSION);
        }
        try {
            return MAPPER.treeToValue(SchemaUpgrade.toCurrent((ObjectNode) tree, version), ResultDocument.class);
        } catch (JsonProcessingException e) {
            throw new InvalidResultsException(file + ": malformed results: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidResultsException(file + ": malformed results: " + e.getMessage());
        }
    }

    /**
     * Reads a calibration file ({@code fanout calibrate}).
     *
     * @throws InvalidResultsException in one line, for a file that cannot be read or is not a calibration
     */
    public static Calibration readCalibration(Path file) {
        try {
            Calibration calibration = MAPPER.readValue(Files.readString(file), Calibration.class);
            if (!Calibration.FORMAT.equals(calibration.format())) {
                throw new InvalidResultsException(file + ": not a fanout-bench calibration (no \"format\": \""
                        + Calibration.FORMAT + "\")");
            }
            return calibration;
        } catch (IOException e) {
            throw new InvalidResultsException(file + ": cannot read the calibration: " + e.getMessage());
        }
    }

    /** A calibration as the JSON of its file. */
    public static String write(Calibration calibration) {
        try {
            return MAPPER.writeValueAsString(calibration) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the calibration", e);
        }
    }

    /** Reads JMH's JSON result file: an array of benchmark entries. */
    public static List<JmhResult> readJmh(Path file) throws IOException {
        return List.of(MAPPER.readValue(file.toFile(), JmhResult[].class));
    }

    /** Thrown for a results file that cannot be used; its message is one line naming the file and the problem. */
    public static final class InvalidResultsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidResultsException(String message) {
            super(message);
        }
    }
}
