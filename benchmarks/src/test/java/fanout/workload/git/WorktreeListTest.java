package fanout.workload.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorktreeListTest {

    private static final String A = "1111111111111111111111111111111111111111";
    private static final String B = "2222222222222222222222222222222222222222";

    @Test
    void everyKindOfEntry() {
        String porcelain = """
                worktree /repos/bare-source
                bare

                worktree /repos/main
                HEAD %1$s
                branch refs/heads/main

                worktree /repos/detached one
                HEAD %2$s
                detached

                worktree /repos/locked-no-reason
                HEAD %1$s
                branch refs/heads/feature/x
                locked

                worktree /repos/locked-with-reason
                HEAD %1$s
                branch refs/heads/y
                locked on a removable disk

                worktree /repos/prunable
                HEAD %2$s
                detached
                prunable gitdir file points to non-existent location

                worktree /repos/prunable-no-reason
                HEAD %2$s
                branch refs/heads/z
                prunable

                """.formatted(A, B);

        List<Worktree> worktrees = WorktreeList.parse(porcelain);

        assertEquals(List.of(
                new Worktree(Path.of("/repos/bare-source"), null, null, false, true, false, false),
                new Worktree(Path.of("/repos/main"), A, "main", false, false, false, false),
                new Worktree(Path.of("/repos/detached one"), B, null, true, false, false, false),
                new Worktree(Path.of("/repos/locked-no-reason"), A, "feature/x", false, false, true, false),
                new Worktree(Path.of("/repos/locked-with-reason"), A, "y", false, false, true, false),
                new Worktree(Path.of("/repos/prunable"), B, null, true, false, false, true),
                new Worktree(Path.of("/repos/prunable-no-reason"), B, "z", false, false, false, true)),
                worktrees);
    }

    @Test
    void pathsWithSpacesQuotesAndNonAsciiVerbatim() {
        String porcelain = "worktree /tmp/my repos/d\u00e9j\u00e0 vu \"q\" $(x) \u65e5\u672c\nHEAD " + A
                + "\nbranch refs/heads/w\n";
        assertEquals(List.of(new Worktree(Path.of("/tmp/my repos/d\u00e9j\u00e0 vu \"q\" $(x) \u65e5\u672c"), A, "w",
                false, false, false, false)), WorktreeList.parse(porcelain));
    }

    @Test
    void cQuotedPathsAreUnquoted() {
        String porcelain = "worktree \"/tmp/a\\tb/d\\303\\251j\\303\\240 \\\"x\\\"\"\nHEAD " + A + "\ndetached\n";
        assertEquals(Path.of("/tmp/a\tb/d\u00e9j\u00e0 \"x\""), WorktreeList.parse(porcelain).get(0).path());
    }

    @Test
    void unknownAttributesAreIgnoredAndMissingTrailingBlankLineIsFine() {
        String porcelain = "worktree /a\nHEAD " + A + "\nbranch refs/heads/m\nsomething-new value";
        assertEquals(List.of(new Worktree(Path.of("/a"), A, "m", false, false, false, false)),
                WorktreeList.parse(porcelain));
        assertEquals(List.of(), WorktreeList.parse(""));
    }

    @Test
    void garbageIsRejectedWithTheOffendingLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorktreeList.parse("HEAD " + A + "\n"));
        assertEquals("git worktree list output does not start with \"worktree <path>\": HEAD " + A, e.getMessage());
    }
}
