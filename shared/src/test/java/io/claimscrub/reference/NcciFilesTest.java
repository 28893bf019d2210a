package io.claimscrub.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loaders on the shipped CMS 2024 Q2 therapy subset (counts from its SOURCES.md) and on small
 * fixtures in CMS's file layout (title and split header lines, CRLF, quoted CSV cells). The
 * fixtures' values are made up for the parser; only the shipped files carry CMS data.
 */
class NcciFilesTest {
    private static final LocalDate DOS = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;

    @Test
    void shippedTablesHaveTheRowCountsOfTheirSources() {
        ReferenceData data = NcciFiles.builtIn();
        assertEquals(8_197, data.ptp().size());
        assertEquals(33, data.mue().size());
    }

    @Test
    void shippedPtpKeepsDeletedRowsAndHasNoEffectiveDates() throws IOException {
        List<PtpEdit> rows = new ArrayList<>();
        try (InputStream in = NcciFiles.class.getResourceAsStream(NcciFiles.SHIPPED_PTP)) {
            PtpFileReader.read(in, NcciFiles.SHIPPED_PTP, rows);
        }
        assertEquals(3_042, rows.stream().filter(r -> r.deletionDate() == null).count());
        assertEquals(5_155, rows.stream().filter(r -> r.deletionDate() != null).count());
        assertTrue(rows.stream().allMatch(r -> r.effectiveDate() == null));
        PtpEdit first = rows.get(0);
        assertEquals(List.of("0029T", "97530", LocalDate.of(2008, 12, 31), 1, "Misuse of Column Two code with Column One code"),
                List.of(first.column1(), first.column2(), first.deletionDate(), first.modifierIndicator(), first.rationale()));
    }

    @Test
    void builtInIsReadOnce() {
        assertSame(NcciFiles.builtIn(), NcciFiles.builtIn());
    }

    @Test
    void shippedActiveTherapyPairsCarryTheirModifierIndicators() {
        PtpTable ptp = NcciFiles.builtIn().ptp();
        PtpEdit groupVsActivities = ptp.activeEdit("97150", "97530", DOS).orElseThrow();
        assertTrue(groupVsActivities.modifierAllowed());
        assertEquals("Mutually exclusive procedures", groupVsActivities.rationale());
        assertTrue(ptp.activeEdit("97161", "97164", DOS).orElseThrow().modifierNotAllowed());
        assertTrue(ptp.activeEdit("97530", "97150", DOS).isEmpty(), "column order matters");
    }

    @Test
    void aDeletedEditAppliesThroughItsDeletionDateOnly() {
        PtpTable ptp = NcciFiles.builtIn().ptp();
        assertTrue(ptp.activeEdit("97140", "97530", LocalDate.of(2019, 12, 30)).isPresent());
        assertTrue(ptp.activeEdit("97140", "97530", LocalDate.of(2019, 12, 31)).isPresent(), "its last day in force");
        assertTrue(ptp.activeEdit("97140", "97530", LocalDate.of(2020, 1, 1)).isEmpty());
        assertTrue(ptp.activeEdit("97140", "97530", DOS).isEmpty());
    }

    @Test
    void everyDeletedEditThatWasInForceIsDatedWithTheLastDayOfAQuarter() throws IOException {
        // Why a deletion date is read as the edit's last day: the quarterly version starting the next day removed it.
        List<PtpEdit> rows = new ArrayList<>();
        try (InputStream in = NcciFiles.class.getResourceAsStream(NcciFiles.SHIPPED_PTP)) {
            PtpFileReader.read(in, NcciFiles.SHIPPED_PTP, rows);
        }
        List<PtpEdit> deleted = rows.stream()
                .filter(row -> row.deletionDate() != null && row.modifierIndicator() != PtpEdit.NOT_APPLICABLE).toList();
        assertEquals(3_002, deleted.size());
        for (PtpEdit row : deleted) {
            LocalDate nextDay = row.deletionDate().plusDays(1);
            assertTrue(nextDay.getDayOfMonth() == 1 && (nextDay.getMonthValue() - 1) % 3 == 0, row.toString());
        }
    }

    @Test
    void everyRowOfAPairDeletedMeansNoEditToday() {
        // 97530/97116: deleted 1996-01-01 (9), 2019-12-31 (1) and 2020-10-01 (9).
        PtpTable ptp = NcciFiles.builtIn().ptp();
        assertTrue(ptp.activeEdit("97530", "97116", DOS).isEmpty());
        assertEquals(LocalDate.of(2020, 10, 1),
                ptp.activeEdit("97530", "97116", LocalDate.of(2020, 6, 1)).orElseThrow().deletionDate());
        PtpEdit mid2019 = ptp.activeEdit("97530", "97116", LocalDate.of(2019, 6, 1)).orElseThrow();
        assertEquals(LocalDate.of(2019, 12, 31), mid2019.deletionDate(), "the row deleted soonest is the one in force");
        assertTrue(mid2019.modifierAllowed());
    }

    @Test
    void shippedMueValuesAndIndicators() {
        MueTable mue = NcciFiles.builtIn().mue();
        MueEdit exercise = mue.find("97110").orElseThrow();
        assertEquals(6, exercise.maxUnits());
        assertEquals("3 Date of Service Edit: Clinical", exercise.adjudicationIndicator());
        assertEquals("Clinical: Data", exercise.rationale());
        assertEquals(0, mue.find("97010").orElseThrow().maxUnits());
        assertTrue(mue.find("97161").orElseThrow().policyLimit());
        assertTrue(mue.find("97011").isEmpty());
    }

    @Test
    void cmsLayoutPtpFileSkipsTitleAndHeaderLinesAndReadsEffectiveDates() throws Exception {
        ReferenceData data = NcciFiles.load(fixture("cms-ptp-fixture.txt"), null);
        assertEquals(5, data.ptp().size());
        PtpEdit edit = data.ptp().activeEdit("97012", "97140", LocalDate.of(2025, 1, 1)).orElseThrow();
        assertEquals(LocalDate.of(2025, 1, 1), edit.effectiveDate());
        assertNull(edit.deletionDate());
        assertTrue(data.ptp().activeEdit("97012", "97140", LocalDate.of(2024, 12, 31)).isEmpty(),
                "not in force before its effective date");
        assertEquals("More extensive procedure", data.ptp().activeEdit("97530", "97750", DOS).orElseThrow().rationale());
        assertSame(NcciFiles.builtIn().mue(), data.mue(), "a null MUE path keeps the shipped table");
    }

    @Test
    void cmsLayoutMueFileReadsQuotedCellsAndSkipsAMultiLineTitle() throws Exception {
        ReferenceData data = NcciFiles.load((Path) null, fixture("cms-mue-fixture.csv"));
        assertEquals(4, data.mue().size());
        assertEquals(4, data.mue().find("97530").orElseThrow().maxUnits());
        assertEquals("3 Date of Service Edit: Clinical", data.mue().find("97010").orElseThrow().adjudicationIndicator());
        MueEdit lineEdit = data.mue().find("G0283").orElseThrow();
        assertEquals("Code Descriptor, \"CPT\" Instruction", lineEdit.rationale());
        assertTrue(lineEdit.perLine());
        assertSame(NcciFiles.builtIn().ptp(), data.ptp(), "a null PTP path keeps the shipped table");
    }

    @Test
    void severalPtpFilesMakeOneTable() throws Exception {
        Path second = write("f2.txt", "97164\t97750\t\t\t*\t0\tMisuse of Column Two code with Column One code\n");
        ReferenceData data = NcciFiles.load(List.of(fixture("cms-ptp-fixture.txt"), second), null);
        assertEquals(6, data.ptp().size());
        assertTrue(data.ptp().activeEdit("97164", "97750", DOS).orElseThrow().modifierNotAllowed());
    }

    @Test
    void byteOrderMarkAndCommentLinesAreTolerated() throws Exception {
        Path ptp = write("bom.txt", "\uFEFF97150\t97530\t\t\t*\t1\tMutually exclusive procedures\n# a note\n");
        assertEquals(1, NcciFiles.load(ptp, null).ptp().size());
    }

    @Test
    void ptpCellsAreTrimmedAndDecodedAsUtf8WhateverTheLineEnds() throws Exception {
        Path ptp = write("ends.txt", "Title\r\n 97150 \t97530\t*\t20200101\t *\t 1\t caf\u00e9 \u2013 rationale \r"
                + "97110\t97530\t\t\t20191231\t0\r\n\r\n97112\t97530\t\t\t*\t9\tx\textra");
        ReferenceData data = NcciFiles.load(ptp, null);
        assertEquals(3, data.ptp().size());
        PtpEdit first = data.ptp().activeEdit("97150", "97530", DOS).orElseThrow();
        assertEquals(List.of(LocalDate.of(2020, 1, 1), "caf\u00e9 \u2013 rationale"), List.of(first.effectiveDate(), first.rationale()));
        assertEquals("", data.ptp().activeEdit("97110", "97530", LocalDate.of(2019, 1, 1)).orElseThrow().rationale());
        assertEquals(PtpEdit.NOT_APPLICABLE, data.ptp().activeEdit("97112", "97530", DOS).orElseThrow().modifierIndicator());
        assertPtpError("Title\r\n\r\n97150\t9753\u00e9\t\t\t*\t1\n", "line 3", "Column 2 '9753\u00e9'");
        assertPtpError("97150\t97530\t\t\t*\t1\tx\r97150\t97530\t\t\t*\t5 \tx\n", "line 2", "found '5'");
    }

    @Test
    void malformedPtpRowsNameFileAndLine() throws IOException {
        String header = "Column 1\tColumn 2\t*\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale\n";
        assertPtpError(header + "97150\t97530\t\t\t*\t2\tMutually exclusive procedures\n", "line 2", "modifier indicator");
        assertPtpError(header + "97150\t97530\t\t\t2019-12-31\t1\tx\n", "line 2", "deletion date");
        assertPtpError(header + "97150\t97530\t\tsoon\t*\t1\tx\n", "line 2", "effective date");
        assertPtpError(header + "\n97150\t97530\t\t*\n", "line 3", "columns");
        assertPtpError(header + "97150\tgroup\t\t\t*\t1\tx\n", "line 2", "Column 2");
        assertPtpError(header + "97150\t97530\tY\t\t*\t1\tx\n", "line 2", "1996");
        // A data row with a bad Column 1 is an error, not a header line to skip (docs: nothing is skipped silently).
        assertPtpError(header + "9715\t97530\t\t\t*\t1\tx\n", "line 2", "Column 1 '9715' is not a procedure code");
        assertPtpError(header + "97161\t97164\t\t\t*\t0\tx\n100\t01996\t\t\t*\t1\tx\n", "line 3", "Column 1 '100'");
    }

    @Test
    void aPtpFileWithoutRowsIsRejected() throws IOException {
        Path empty = write("empty.txt", "Column 1\tColumn 2\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NcciFiles.load(empty, null));
        assertTrue(e.getMessage().contains(empty.toString()) && e.getMessage().contains("no PTP rows"), e.getMessage());
    }

    @Test
    void aMueFileGivenAsPtpFindsNoRows() throws Exception {
        Path mue = fixture("cms-mue-fixture.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NcciFiles.load(mue, null));
        assertTrue(e.getMessage().contains("no PTP rows"), e.getMessage());
    }

    @Test
    void theZipCmsServesIsRejectedWithWhatToDo() throws IOException {
        Path zip = dir.resolve("ccipra-v321r0-f1.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("ccipra-v321r0-f1.txt"));
            out.write("97150\t97530\t\t20200101\t*\t1\tMutually exclusive procedures\n".getBytes(StandardCharsets.US_ASCII));
        }
        IllegalArgumentException ptp = assertThrows(IllegalArgumentException.class, () -> NcciFiles.load(zip, null));
        assertEquals(zip + ": is a zip archive; unzip it and give the .txt files inside", ptp.getMessage());
        IllegalArgumentException mue = assertThrows(IllegalArgumentException.class, () -> NcciFiles.load((Path) null, zip));
        assertEquals(zip + ": is a zip archive; unzip it and give the .csv file inside", mue.getMessage());
    }

    @Test
    void malformedMueRowsNameFileAndLine() throws IOException {
        String header = "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n";
        assertMueError(header + "97110,six,3 Date of Service Edit: Clinical,Clinical: Data\n", "line 2", "MUE value");
        assertMueError(header + "97110,-1,3 Date of Service Edit: Clinical,Clinical: Data\n", "line 2", "MUE value");
        assertMueError(header + "97110,6\n", "line 2", "cells");
        assertMueError(header + "97110,6,Clinical,Clinical: Data\n", "line 2", "adjudication indicator");
        assertMueError(header + "97110,6,3 x,y\n97112,4,3 x,y\n97110,5,3 x,y\n", "line 4", "repeats the row on line 2");
        assertMueError(header + "97110,6,\"3 x,y\n", "line 2", "never closed");
        assertMueError(header + "97110,6,3 x,y\n9753,1,3 x,y\n", "line 3", "HCPCS/CPT code '9753' is not a procedure code");
    }

    @Test
    void anUnreadableFileIsAnIoError() {
        Path missing = dir.resolve("missing.txt");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> NcciFiles.load(missing, null));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    private void assertPtpError(String content, String line, String detail) throws IOException {
        Path file = write("ptp.txt", content);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NcciFiles.load(file, null));
        assertTrue(e.getMessage().startsWith(file + " " + line + ":") && e.getMessage().contains(detail), e.getMessage());
    }

    private void assertMueError(String content, String line, String detail) throws IOException {
        Path file = write("mue.csv", content);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NcciFiles.load((Path) null, file));
        assertTrue(e.getMessage().startsWith(file + " " + line + ":") && e.getMessage().contains(detail), e.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(NcciFilesTest.class.getResource(name).toURI());
    }
}
