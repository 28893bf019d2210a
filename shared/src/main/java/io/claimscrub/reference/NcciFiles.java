package io.claimscrub.reference;

/** Loads NCCI PTP and MUE tables from CMS's own file formats. */
public final class NcciFiles {
    private NcciFiles() {
    }

    /** The therapy subset shipped with the engine (CMS 2024 Q2). */
    public static ReferenceData builtIn() {
        throw new UnsupportedOperationException("TODO(helper)");
    }
}
