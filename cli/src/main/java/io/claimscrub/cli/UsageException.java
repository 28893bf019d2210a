package io.claimscrub.cli;

/**
 * Bad usage or unreadable input: the command stops with exit code 2 and this one-line reason on
 * stderr. The message never holds a stack trace or patient data, only what the user gave us.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
