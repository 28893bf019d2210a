package io.claimscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {
    private static final Set<String> FLAGS = Set.of("--progress");
    private static final Set<String> VALUED = Set.of("--format", "--payers");

    @Test
    void optionsMayComeAnywhereInBothSpellings() {
        Args args = Args.parse(List.of("a.edi", "--format", "csv", "--payers=dir", "--progress", "b.edi"), FLAGS, VALUED);
        assertEquals(Optional.of("csv"), args.value("--format"));
        assertEquals(Optional.of("dir"), args.value("--payers"));
        assertTrue(args.flag("--progress"));
        assertEquals(List.of("a.edi", "b.edi"), args.operands());
    }

    @Test
    void dashIsAnOperandAndDoubleDashEndsOptions() {
        Args args = Args.parse(List.of("-", "--", "--format"), FLAGS, VALUED);
        assertEquals(List.of("-", "--format"), args.operands());
        assertFalse(args.flag("--format"));
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhat() {
        assertEquals("--format needs a value",
                assertThrows(UsageException.class, () -> Args.parse(List.of("--format"), FLAGS, VALUED)).getMessage());
        assertEquals("--progress takes no value",
                assertThrows(UsageException.class, () -> Args.parse(List.of("--progress=yes"), FLAGS, VALUED)).getMessage());
        assertEquals("--format given twice", assertThrows(UsageException.class,
                () -> Args.parse(List.of("--format", "csv", "--format=json"), FLAGS, VALUED)).getMessage());
        assertEquals("unknown option -x (try --help)",
                assertThrows(UsageException.class, () -> Args.parse(List.of("-x"), FLAGS, VALUED)).getMessage());
    }

    @Test
    void choiceFallsBackToItsDefaultAndRejectsOthers() {
        assertEquals("table", Args.parse(List.of(), FLAGS, VALUED).choice("--format", List.of("table", "csv"), "table"));
        Args args = Args.parse(List.of("--format=xml"), FLAGS, VALUED);
        assertThrows(UsageException.class, () -> args.choice("--format", List.of("table", "csv"), "table"));
    }

    @Test
    void choiceIgnoresCase() {
        assertEquals("csv", Args.parse(List.of("--format", "CSV"), FLAGS, VALUED).choice("--format", List.of("table", "csv"), "table"));
        UsageException wrong = assertThrows(UsageException.class,
                () -> Args.parse(List.of("--format", "XML"), FLAGS, VALUED).choice("--format", List.of("table", "csv"), "table"));
        assertTrue(wrong.getMessage().endsWith("got \"XML\""), wrong.getMessage());
    }
}
