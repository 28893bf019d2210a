package io.claimscrub.payer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.model.Payer;
import io.claimscrub.units.UnitMethod;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayerProfilesTest {
    private static final PayerProfiles BUILT_IN = PayerProfiles.builtIn();

    @TempDir
    Path dir;

    @Test
    void builtInMedicare() {
        PayerProfile medicare = BUILT_IN.get("medicare");
        assertEquals(UnitMethod.CMS, medicare.unitMethod());
        assertTrue(medicare.requireDisciplineModifier());
        assertTrue(medicare.preferXModifiers());
        assertEquals(Map.of(), medicare.unitCaps());
        assertEquals(Map.of(2021, new BigDecimal("2110.00"), 2022, new BigDecimal("2150.00"),
                2023, new BigDecimal("2230.00"), 2024, new BigDecimal("2330.00"),
                2025, new BigDecimal("2410.00"), 2026, new BigDecimal("2480.00")), medicare.kxThresholds());
    }

    @Test
    void builtInCommercialAma() {
        PayerProfile commercial = BUILT_IN.get("commercial-ama");
        assertEquals(UnitMethod.AMA, commercial.unitMethod());
        assertTrue(commercial.requireDisciplineModifier());
        assertFalse(commercial.preferXModifiers());
        assertEquals(Map.of(), commercial.unitCaps());
        assertEquals(Map.of(), commercial.kxThresholds());
        assertEquals(List.of("commercial-ama", "medicare"), BUILT_IN.ids());
        assertEquals("medicare", BUILT_IN.defaultProfile().id());
    }

    @Test
    void specExampleProfileFile() throws IOException {
        write("acme.yaml", """
                id: acme-commercial
                unitMethod: AMA            # CMS | AMA
                requireDisciplineModifier: true
                preferXModifiers: false
                unitCaps: {"97530": 2}     # units per code per date of service
                """);
        PayerProfile acme = BUILT_IN.withDirectory(dir).get("acme-commercial");
        assertEquals(new PayerProfile("acme-commercial", UnitMethod.AMA, true, false, Map.of("97530", 2), Map.of()), acme);
    }

    @Test
    void aNewIdStartsFromCommercialAma() throws IOException {
        write("capped.yml", "id: capped\nunitCaps: {97110: 3}\n");
        PayerProfile capped = BUILT_IN.withDirectory(dir).get("capped");
        PayerProfile base = BUILT_IN.get("commercial-ama");
        assertEquals(new PayerProfile("capped", base.unitMethod(), base.requireDisciplineModifier(),
                base.preferXModifiers(), Map.of("97110", 3), base.kxThresholds()), capped);
    }

    @Test
    void aKnownIdOverridesOnlyTheKeysGivenAndItsMapsAreMergedEntryByEntry() throws IOException {
        // One more year's threshold is the usual change: it must not drop the years before (KX would stop firing)
        write("medicare.yaml", "id: medicare\nkxThresholds: {2026: 2490, 2027: 2550.50}\n");
        PayerProfiles profiles = BUILT_IN.withDirectory(dir);
        PayerProfile medicare = profiles.get("medicare");
        assertEquals(7, medicare.kxThresholds().size(), medicare.kxThresholds().toString());
        assertEquals(new BigDecimal("2550.50"), medicare.kxThresholds().get(2027));
        assertEquals(new BigDecimal("2490.00"), medicare.kxThresholds().get(2026), "a year given again is replaced");
        assertEquals(new BigDecimal("2410.00"), medicare.kxThresholds().get(2025));
        assertEquals(UnitMethod.CMS, medicare.unitMethod());
        assertTrue(medicare.preferXModifiers());
        assertEquals(6, BUILT_IN.get("medicare").kxThresholds().size(), "the built-in instance is unchanged (2021-2026)");
    }

    @Test
    void anEmptyMapClearsTheOneItOverrides() throws IOException {
        write("medicare.yaml", "id: medicare\nkxThresholds: {}\n");
        PayerProfiles profiles = BUILT_IN.withDirectory(dir);
        assertEquals(Map.of(), profiles.get("medicare").kxThresholds());
    }

    @Test
    void newIdsStartFromTheDirectorysOwnCommercialAmaOverride() throws IOException {
        write("a-new.yaml", "id: a-new\n");
        write("commercial-ama.yaml", "id: commercial-ama\npreferXModifiers: true\n");
        assertTrue(BUILT_IN.withDirectory(dir).get("a-new").preferXModifiers());
    }

    @Test
    void unknownKeyNamesFileAndKey() throws IOException {
        Path file = write("typo.yaml", "id: typo\nunitCap: {97530: 2}\n");
        assertError(file.toString(), "unknown key 'unitCap'");
    }

    @Test
    void badValuesNameFileAndKey() throws IOException {
        assertBadValue("unitMethod: FAST\n", "'unitMethod'");
        assertBadValue("requireDisciplineModifier: \"yes\"\n", "'requireDisciplineModifier'");
        assertBadValue("preferXModifiers: 1\n", "'preferXModifiers'");
        assertBadValue("unitCaps: {97530: -1}\n", "'unitCaps.97530'");
        assertBadValue("unitCaps: {97530: 1.5}\n", "'unitCaps.97530'");
        assertBadValue("unitCaps: {therapy: 2}\n", "'unitCaps.therapy'");
        assertBadValue("unitCaps: [97530]\n", "'unitCaps'");
        assertBadValue("kxThresholds: {next: 2500}\n", "'kxThresholds.next'");
        assertBadValue("kxThresholds: {2027: 0}\n", "'kxThresholds.2027'");
        assertBadValue("kxThresholds: {2027: 2550.505}\n", "'kxThresholds.2027'");
    }

    @Test
    void aProfileFileNeedsAnId() throws IOException {
        Path file = write("anon.yaml", "unitMethod: AMA\n");
        assertError(file.toString(), "'id'");
    }

    @Test
    void brokenYamlAndRepeatedKeysAreErrors() throws IOException {
        Path broken = write("broken.yaml", "id: [unclosed\n");
        assertError(broken.toString(), "not valid YAML");
        Files.delete(broken);
        Path repeated = write("twice.yaml", "id: twice\nunitMethod: AMA\nunitMethod: CMS\n");
        assertError(repeated.toString(), "unitMethod");
    }

    @Test
    void twoFilesWithOneIdAreAnError() throws IOException {
        write("a.yaml", "id: acme\n");
        write("b.yaml", "id: acme\n");
        assertError("b.yaml", "also defined in");
    }

    @Test
    void aMissingDirectoryIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> BUILT_IN.withDirectory(dir.resolve("nope")));
    }

    @Test
    void aDirectoryWithoutYamlFilesIsAnErrorNotTheBuiltInsInSilence() throws IOException {
        write("acme.YAML", "id: acme\n");
        write("README.txt", "profiles live in payers/\n");
        Files.createDirectories(dir.resolve("payers"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BUILT_IN.withDirectory(dir));
        assertEquals("payer profile directory " + dir + " has no .yaml or .yml file", e.getMessage());
    }

    @Test
    void selectionPrefersTheRequestsProfileThenPayerIdThenFilingIndicatorThenDefault() throws IOException {
        write("acme.yaml", "id: acme-commercial\n");
        write("payers.yaml", "00431: medicare\nACME1: acme-commercial\n");
        PayerProfiles profiles = BUILT_IN.withDirectory(dir).withDefault("commercial-ama");

        assertEquals("acme-commercial", profiles.select(new Payer("00431", null, "acme-commercial", "MB")).id());
        assertEquals("medicare", profiles.select(new Payer("00431", null, null, "CI")).id());
        assertEquals("acme-commercial", profiles.select(new Payer("ACME1", null, null, "MB")).id());
        assertEquals("medicare", profiles.select(new Payer("99999", null, null, "MB")).id());
        assertEquals("medicare", profiles.select(new Payer(null, null, null, "ma")).id());
        assertEquals("medicare", profiles.select(new Payer(null, null, null, "16")).id());
        assertEquals("commercial-ama", profiles.withDefault("medicare").select(new Payer(null, null, null, "BL")).id());
        assertEquals("commercial-ama", profiles.select(new Payer(null, null, null, "MC")).id(), "Medicaid: the default");
        assertEquals("commercial-ama", profiles.select(Payer.UNKNOWN).id());
        assertEquals("medicare", profiles.withDefault("medicare").select(Payer.UNKNOWN).id());
    }

    @Test
    void anExplicitUnknownProfileIsAnErrorListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BUILT_IN.select(new Payer(null, null, "acme", "MB")));
        assertEquals("unknown payer profile 'acme' (known: commercial-ama, medicare)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BUILT_IN.withDefault("acme"));
    }

    @Test
    void thePayerMapMayOnlyNameKnownProfiles() throws IOException {
        Path file = write("payers.yaml", "\"00431\": medicar\n");
        assertError(file.toString(), "key '00431': unknown payer profile 'medicar'");
    }

    @Test
    void overridingAProfileRedirectsItsPayerMapAndFilingIndicatorEntries() throws IOException {
        write("medicare.yaml", "id: medicare\nunitMethod: AMA\n");
        PayerProfiles profiles = BUILT_IN.withDirectory(dir);
        PayerProfile overridden = profiles.get("medicare");
        assertSame(overridden, profiles.select(new Payer(null, null, null, "MB")));
        assertSame(overridden, profiles.defaultProfile());
    }

    private void assertBadValue(String line, String key) throws IOException {
        Path file = write("bad.yaml", "id: bad\n" + line);
        assertError(file.toString(), key);
    }

    private void assertError(String fileName, String detail) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BUILT_IN.withDirectory(dir));
        assertTrue(e.getMessage().contains(fileName) && e.getMessage().contains(detail), e.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
