package io.claimscrub.x12;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import java.util.List;

/** Receives, in file order, every claim an 837 reader meets: each ends as a claim or a rejection. */
public interface ClaimSink {
    /**
     * A claim that could be read.
     *
     * @param readFindings X12_SYNTAX findings about the claim or its envelope that did not stop it
     *                     being read (e.g. a wrong SE01 count); empty when clean
     */
    void claim(Claim claim, List<Finding> readFindings);

    /**
     * A claim that could not be read, or (with a null claimId) a file or envelope that could not be
     * read at all. The findings say which segment, where, and why.
     */
    void rejection(String claimId, List<Finding> findings);
}
