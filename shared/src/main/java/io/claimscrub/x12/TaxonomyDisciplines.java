package io.claimscrub.x12;

import io.claimscrub.model.Discipline;

/** The therapy discipline a provider taxonomy code (NUCC) stands for, by its prefix. */
final class TaxonomyDisciplines {
    private TaxonomyDisciplines() {
    }

    /** 2251… physical therapist, 225X… occupational therapist, 235Z… speech-language pathologist; else null. */
    static Discipline of(String taxonomy) {
        if (taxonomy == null || taxonomy.length() < 4) {
            return null;
        }
        switch (taxonomy.substring(0, 4).toUpperCase(java.util.Locale.ROOT)) {
            case "2251": return Discipline.PT;
            case "225X": return Discipline.OT;
            case "235Z": return Discipline.SLP;
            default: return null;
        }
    }
}
