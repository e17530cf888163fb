package fanout.harness.merge;

import fanout.harness.model.ResultDocument;

/**
 * One results file given to {@code fanout merge}: where it came from (for messages and the merged run's note)
 * and what it holds.
 *
 * @param file the file as the user named it
 * @param document its results document, already read and checked ({@link fanout.harness.model.ResultsJson#read})
 */
public record MergeSource(String file, ResultDocument document) {}
