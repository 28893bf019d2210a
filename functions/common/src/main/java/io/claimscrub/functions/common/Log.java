package io.claimscrub.functions.common;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * One JSON object per log line ({@code {"event":"batch.scrubbed","fileId":"…","claims":500,"ms":812}}),
 * so CloudWatch Logs Insights can query it. Callers pass ids, counts and timings only: never a claim's
 * content, a note, a name or a member id.
 */
public final class Log {
    private final LambdaLogger logger;

    private Log(LambdaLogger logger) {
        this.logger = logger;
    }

    /** The invocation's logger; without a context (tests, local runs) standard error, keeping stdout clean. */
    public static Log of(Context context) {
        if (context != null && context.getLogger() != null) {
            return new Log(context.getLogger());
        }
        return new Log(new LambdaLogger() {
            @Override
            public void log(String message) {
                System.err.println(message);
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        });
    }

    /** Logs an event with alternating field names and values (ids, counts, timings). */
    public void info(String event, Object... fields) {
        ObjectNode line = StorageJson.MAPPER.createObjectNode().put("event", event);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            Object value = fields[i + 1];
            String name = String.valueOf(fields[i]);
            if (value instanceof Number number) {
                line.put(name, number.longValue());
            } else {
                line.put(name, value == null ? null : value.toString());
            }
        }
        logger.log(StorageJson.write(line));
    }
}
