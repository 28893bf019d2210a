package io.claimscrub.functions.check;

import java.util.Map;

/** An answer other than 200, with the error code and message the client sees. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, String> headers;
    private final transient Object details;

    ApiException(int status, String code, String message) {
        this(status, code, message, Map.of(), null);
    }

    ApiException(int status, String code, String message, Map<String, String> headers, Object details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
        this.details = details;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** Extra detail for the error body (e.g. the X12_SYNTAX findings), or null. */
    Object details() {
        return details;
    }

    static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "NOT_FOUND", message);
    }
}
