package io.claimscrub.local;

/**
 * The functions take their credentials from the SDK's default chain, as in Lambda. The local
 * servers check none, but the chain must still find some: when neither the system properties nor
 * the environment hold keys, this sets placeholder ones as system properties (the chain's first
 * source), so that `serve` works for a user with no AWS account at all.
 */
final class AnyCredentials {
    private static final String ACCESS_KEY = "aws.accessKeyId";
    private static final String SECRET_KEY = "aws.secretAccessKey";

    private AnyCredentials() {
    }

    static synchronized void install() {
        boolean inProperties = System.getProperty(ACCESS_KEY) != null;
        boolean inEnvironment = System.getenv("AWS_ACCESS_KEY_ID") != null;
        if (!inProperties && !inEnvironment) {
            System.setProperty(ACCESS_KEY, "local");
            System.setProperty(SECRET_KEY, "local");
        }
    }
}
