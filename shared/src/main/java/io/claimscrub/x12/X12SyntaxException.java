package io.claimscrub.x12;

/**
 * The byte stream cannot be tokenized any further (bad ISA header, not X12 at all, a segment that
 * never ends). Internal: {@link X12ClaimReader} turns it into an X12_SYNTAX finding, never lets it out.
 */
final class X12SyntaxException extends Exception {
    X12SyntaxException(String message) {
        super(message, null, false, false);
    }
}
