package io.claimscrub.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimscrub.engine.ClaimResult;

/** A claim response with the path of the file it came from, as scrub's JSON formats print it. */
@JsonPropertyOrder({"file"})
record FileResult(String file, @JsonUnwrapped ClaimResult result) {
}
