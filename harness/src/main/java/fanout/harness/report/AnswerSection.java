package fanout.harness.report;

import fanout.harness.analysis.Answer;
import fanout.harness.analysis.JvmNames;
import fanout.harness.analysis.Numbers;
import fanout.harness.analysis.Ratio;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report's first section (SPEC §8): the run's answer to the question, before the environment and the method —
 * per situation the strategy to use, its margin over the next and whether the forks tell them apart; the same under a
 * limit on the calls in flight; the pitfalls found.
 */
final class AnswerSection {
    private AnswerSection() {}

    static List<Block> of(Answer answer, JvmNames names) {
        List<Block> blocks = new ArrayList<>();
        List<Answer.Call> free = answer.calls().stream().filter(call -> call.limit().isEmpty()).toList();
        List<Answer.Call> limited = answer.calls().stream().filter(call -> call.limit().isPresent()).toList();
        if (answer.calls().isEmpty()) {
            blocks.add(Block.Paragraph.of("This run measured no simulated-I/O or git situation under two or more strategies,"
                    + " so it answers nothing here; its tables below show what it did measure."));
        } else {
            long clear = answer.calls().stream().filter(Answer.Call::clear).count();
            blocks.add(Block.Paragraph.of("Which strategy to use, per situation this run measured: the fastest, its"
                    + " margin over the next (next / fastest, the quotient of their geometric means of the fork"
                    + " means, with its " + Numbers.confidence(answer.confidence()) + " interval over the forks,"
                    + " simultaneous over every strategy compared with the fastest of its situation), and whether"
                    + " that is clear or too close to call (a strategy whose interval reaches 1 is not told apart"
                    + " from the fastest). " + clear + " of " + answer.calls().size() + " calls are clear."));
            if (!answer.summary().isEmpty()) {
                blocks.add(new Block.Bullets(answer.summary()));
            }
        }
        if (!free.isEmpty()) {
            blocks.add(table("Strategy to use, per situation", free, names, false));
        }
        if (!limited.isEmpty()) {
            blocks.add(table("With at most k calls in flight: the strategy to use among those bounded at k", limited,
                    names, true));
        }
        if (answer.pitfalls().isEmpty()) {
            blocks.add(Block.Paragraph.of("Pitfalls: none found in this run's records (the answer looks for the"
                    + " default async executor running calls one at a time, batches held by heavy tails, orphans left"
                    + " running, interrupts ignored, CPU-bound neighbours, pinning and retries that only add"
                    + " time)."));
        } else {
            blocks.add(Block.Paragraph.of("Pitfalls this run found:"));
            blocks.add(new Block.Bullets(answer.pitfalls()));
        }
        return blocks;
    }

    private static Table table(String caption, List<Answer.Call> calls, JvmNames names, boolean withLimit) {
        List<Table.Row> rows = new ArrayList<>();
        for (Answer.Call call : calls) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(names.brief(call.jvm())));
            cells.add(Cell.text(call.situation()));
            if (withLimit) {
                cells.add(Cell.number(String.valueOf(call.limit().getAsInt())));
            }
            cells.add(Cell.text(call.fastest().strategy() + ": " + Numbers.estimate(call.fastest().time())));
            cells.add(call.next().map(next -> Cell.text(next.strategy())).orElse(Cell.missing()));
            cells.add(call.margin().map(AnswerSection::margin).orElse(Cell.missing()));
            cells.add(Cell.text(verdict(call)));
            rows.add(Table.Row.of(cells));
        }
        List<String> header = new ArrayList<>(List.of("JVM", "situation"));
        if (withLimit) {
            header.add("k");
        }
        header.addAll(List.of("fastest", "next", "next / fastest [interval]", "call"));
        return new Table(caption, header, rows, "Each row compares the strategies measured in one situation on one"
                + " JVM; the situations are the run's, so a strategy missing from a row was not measured there.");
    }

    private static Cell margin(Ratio ratio) {
        return Cell.number(Numbers.precise(ratio.value()) + " " + Numbers.preciseInterval(ratio.lower(),
                ratio.upper()));
    }

    /** "clear", or "too close to call: A, B" naming those not told apart from the fastest. */
    private static String verdict(Answer.Call call) {
        if (call.clear()) {
            return "clear";
        }
        if (!call.byForks()) {
            return "too few forks to call";
        }
        return "too close to call: " + call.fastest().strategy() + ", " + call.tied().stream()
                .map(Answer.Contender::strategy).collect(Collectors.joining(", "));
    }
}
