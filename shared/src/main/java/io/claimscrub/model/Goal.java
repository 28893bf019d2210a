package io.claimscrub.model;

/** A plan-of-care goal. */
public record Goal(String id, String text) {
}
