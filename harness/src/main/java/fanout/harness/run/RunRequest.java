package fanout.harness.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import fanout.harness.UsageException;
import fanout.harness.model.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run was asked to measure, as {@code fanout run}'s options gave it: kept in the run's folder
 * ({@value #FILE}) so that {@code fanout run --resume} plans the very same cases.
 *
 * @param profile the profile's id
 * @param include the --include regex, or null
 * @param exclude the --exclude regex, or null
 * @param strategies the --strategies list, or null
 * @param overrides parameter values replacing the profile's (-p, --n, --k)
 * @param userRepositories the user's repositories for the git cases, resolved; empty for the fixture
 * @param jvms the --jvms spec
 */
public record RunRequest(String profile, String include, String exclude, List<String> strategies,
        Map<String, List<String>> overrides, List<String> userRepositories, String jvms) {
    public static final String FILE = "run-request.json";

    public RunRequest {
        strategies = strategies == null ? null : List.copyOf(strategies);
        overrides = overrides == null ? Map.of() : new LinkedHashMap<>(overrides);
        userRepositories = userRepositories == null ? List.of() : List.copyOf(userRepositories);
    }

    /** The plan these options make. */
    public RunPlan plan() {
        return new RunPlan(Profile.parse(profile), strategies, overrides, include, exclude, userRepositories.size());
    }

    public List<Path> repositories() {
        return userRepositories.stream().map(Path::of).toList();
    }

    String json() {
        try {
            return ResultsJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The request of the run in {@code runDir}.
     *
     * @throws UsageException if it has none or it cannot be read, in one line
     */
    public static RunRequest of(Path runDir) {
        Path file = runDir.resolve(FILE);
        try {
            return ResultsJson.mapper().readValue(Files.readString(file), RunRequest.class);
        } catch (NoSuchFileException e) {
            throw new UsageException(runDir + " is not a run folder that can be resumed: it has no " + FILE);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
