package io.claimscrub.json;

/** A claim request that cannot be read; the message names the field and says what is wrong. */
public final class InvalidClaimException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidClaimException(String message) {
        super(message);
    }
}
