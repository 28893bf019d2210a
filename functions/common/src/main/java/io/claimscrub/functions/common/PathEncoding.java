package io.claimscrub.functions.common;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Path segments as API Gateway's REST API decodes them, shared by CheckClaim and the local stand-in. */
public final class PathEncoding {
    private PathEncoding() {
    }

    /**
     * RFC 3986 percent-decoding of one path segment as UTF-8: a '+' stays a '+' (it means a space only
     * in a query), and a malformed escape is kept as written.
     */
    public static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()
                    && Character.digit(segment.charAt(i + 1), 16) >= 0 && Character.digit(segment.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(segment.charAt(i + 1), 16) * 16 + Character.digit(segment.charAt(i + 2), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
