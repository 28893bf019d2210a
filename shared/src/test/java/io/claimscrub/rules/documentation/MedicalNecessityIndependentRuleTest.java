package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.DocClaims.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MedicalNecessityIndependentRuleTest {
    private final MedicalNecessityIndependentRule rule = new MedicalNecessityIndependentRule();

    private List<Finding> check(String code, String note) {
        return run(rule, claim(null, line(1, code, 20, note)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Patient is independent with sit-to-stand transfers. Practiced 20 min.     | is independent with",
            "Pt independent w/ bed mobility, continued practice.                      | Pt independent w/",
            "Patient performs stair climbing independently with rail.                  | performs stair climbing independently with",
            "Modified independent with tub transfers using grab bar.                   | Modified independent with",
            "Transfers at Mod I level.                                                 | Mod I",
            "Progress has plateaued over the last 3 visits.                            | plateaued",
            "No further progress noted with gait.                                      | No further progress",
            "Continue maintenance program for ROM.                                     | maintenance",
            "Patient is at baseline for ambulation.                                    | at baseline",
            "Patient has reached maximum functional potential.                         | reached maximum functional potential",
            // the seed's denial reason: "... or is performing the task independently"
            "Patient is performing the task independently.                             | performing the task independently",
            "Patient is transferring independently to and from the car.                | transferring independently",
            "Patient has met all goals; discharge planned.                             | met all goals",
    })
    void alreadyIndependentOrPlateauedFiresQuotingTheWords(String note, String quoted) {
        List<Finding> findings = check("97530", note.strip());

        assertEquals(1, findings.size(), note);
        assertTrue(findings.get(0).evidence().contains("found: '" + quoted.strip() + "'"), findings.get(0).evidence().toString());
        assertTrue(findings.get(0).suggestion().contains("cannot yet do safely"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // the seed's strong note: independent is the goal
            "Focus on sequencing and trunk control to address goal of independent home transfers.",
            "Practiced stairs to become independent with community access.",
            "Progressing towards independence with dressing.",
            "Patient will be independent with car transfers in 4 weeks.",
            "Goal: independent with tub transfers.",
            "Working toward being independent with bed mobility.",
            "Patient is not yet independent with stairs; requires CGA.",
            "Unable to perform sit-to-stand independently.",
            "Patient is not yet performing the task independently.",
            "Patient wants to be independent with dressing before returning home.",
            "Patient would like to be independent with tub transfers.",
            "Patient has not plateaued; steady gains in gait speed.",
            "Still requires max assist for transfers; no plateau noted.",
            "Patient was independent with all mobility prior to the fall.",
            "PLOF: independent with community ambulation.",
            "Patient independent with HEP; transfers still need mod assist.",
            "Mod assist for transfers, min cues for sequencing.",
            // independent on one part of the task, help still needed on another: the skilled need is the point
            "Patient ambulated independently 50 ft but required min assist on stairs.",
            "Pt is independent with bed mobility, however needs verbal cues to sequence sit to stand.",
            "Independent with level surfaces except for curbs, where CGA is required.",
    })
    void goalNegationAndPriorLevelContextsDoNotFire(String note) {
        assertEquals(List.of(), check("97530", note), note);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Patient is independent with transfers but no cues were needed.",
            "Patient performs the transfer independently without cues.",
            "Patient is independent with transfers. Min assist for stairs.",
    })
    void independenceStillFiresWhenNoHelpStillNeededFollowsInItsSentence(String note) {
        assertEquals(1, check("97530", note).size(), note);
    }

    @Test
    void aCurrentStatementStillFiresNextToAGoalClause() {
        List<Finding> findings = check("97530",
                "Goal of independent stairs remains open. Patient is independent with transfers.");

        assertEquals(1, findings.size());
        assertEquals(List.of("found: 'is independent with'"), findings.get(0).evidence());
    }

    @Test
    void aPhraseRepeatedIsQuotedOnceAndADifferentOneBesideIt() {
        List<Finding> findings = check("97530", "Patient is independent with transfers. ".repeat(50)
                + "Patient has plateaued. Patient is independent with transfers.");

        assertEquals(1, findings.size());
        assertEquals(List.of("found: 'is independent with'", "found: 'plateaued'"), findings.get(0).evidence());
    }

    @Test
    void aRepeatedPhraseThatDoesNotCountStillLetsALaterOneCount() {
        // The goal-context repeat is read each time (its context differs), and the current statement still fires.
        List<Finding> findings = check("97530", "Goal of independent stairs. ".repeat(20)
                + "Patient is independent with transfers.");

        assertEquals(List.of("found: 'is independent with'"), findings.get(0).evidence());
    }

    @Test
    void evaluationsMayDescribeIndependence() {
        assertEquals(List.of(), check("97163", "Patient is independent with transfers, dependent for stairs."));
    }
}
