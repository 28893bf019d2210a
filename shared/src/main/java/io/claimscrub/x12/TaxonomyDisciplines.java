package io.claimscrub.x12;

import io.claimscrub.model.Discipline;

/** The therapy discipline a provider taxonomy code (NUCC) stands for, by its prefix. */
final class TaxonomyDisciplines {
    private TaxonomyDisciplines() {
    }

    /** 2251… physical therapist, 225X… occupational therapist, 235Z… speech-language pathologist; else null. */
    static Discipline of(String taxonomy) {
        if (taxonomy == null) {
            return null;
        }
        if (taxonomy.startsWith("2251")) {
            return Discipline.PT;
        }
        if (taxonomy.startsWith("225X")) {
            return Discipline.OT;
        }
        if (taxonomy.startsWith("235Z")) {
            return Discipline.SLP;
        }
        return null;
    }
}
