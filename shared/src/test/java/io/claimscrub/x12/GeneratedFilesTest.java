package io.claimscrub.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.model.Claim;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.x12.Recorder.Result;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The synthetic files from gen837.py (see src/test/resources/generated/README.md): consistent by construction. */
class GeneratedFilesTest {
    @ParameterizedTest
    @ValueSource(strings = {"gen837_200_claims.edi", "gen837_200_claims_newlines.edi"})
    void readsEveryGeneratedClaimWithoutFindings(String name) {
        byte[] bytes = Recorder.resource("/generated/" + name);
        Result result = Recorder.read(bytes);
        assertEquals(200, result.summary().claims());
        assertEquals(0, result.summary().rejections());
        assertEquals(CorpusTest.independentClmCount(bytes), result.summary().claims());
        assertEquals(name.contains("newlines") ? 4 : 1, result.summary().transactionSets());
        result.outcomes().forEach(o -> assertEquals(List.of(), o.findings(), o.label()));
        assertEquals("PCN0000000001", result.get(0).claimId());
        assertEquals("PCN0000000200", result.get(199).claimId());
        for (Claim claim : result.claims()) {
            assertEquals(Discipline.PT, claim.discipline(), "rendering taxonomy 225100000X");
            assertTrue(Set.of("MB", "CI").contains(claim.payer().filingIndicator()), claim.payer().toString());
            assertNotNull(claim.renderingProviderNpi());
            assertTrue(Npi.isValid(claim.renderingProviderNpi()));
            assertTrue(!claim.diagnoses().isEmpty());
            assertNull(claim.dateOfService(), "gen837 dates the lines, not the claim");
            for (ServiceLine line : claim.lines()) {
                assertTrue(line.units() >= 1 && line.units() <= 4, line.toString());
                assertNull(line.minutes(), "no MJ and no MIN= note in generated files");
                assertTrue(Set.of("GP", "GO").contains(line.modifiers().get(0)), line.toString());
                assertNotNull(line.dateOfService());
                assertNull(line.documentation());
            }
        }
    }
}
