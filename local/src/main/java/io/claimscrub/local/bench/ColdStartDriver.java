package io.claimscrub.local.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.claimscrub.functions.check.CheckClaimHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Runs in a fresh JVM on CheckClaim's deployment jar alone (plus this class), as Lambda would:
 * builds the handler with its no-argument constructor (clients and engine from the environment),
 * answers one check, prints {@code first status=N request_us=T} (T: that request alone, in the JVM),
 * then answers {@code warm} more and prints their latencies. The parent process times the JVM from
 * its start to the first line.
 *
 * <p>With {@code primed}, the handler first runs its SnapStart hook, as Lambda does before it takes
 * the snapshot; the first request then costs what it costs in a container restored from that
 * snapshot (the restore itself aside).
 *
 * <p>Arguments: the request body file, the number of warm requests, and optionally {@code primed}.
 */
public final class ColdStartDriver {
    private ColdStartDriver() {
    }

    public static void main(String[] args) throws Exception {
        String body = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        int warm = Integer.parseInt(args[1]);
        boolean primed = args.length > 2 && args[2].equals("primed");
        CheckClaimHandler handler = new CheckClaimHandler();
        if (primed) {
            handler.beforeCheckpoint(null);
        }
        long firstStarted = System.nanoTime();
        APIGatewayProxyResponseEvent first = handler.handleRequest(request(body), null);
        long firstNanos = System.nanoTime() - firstStarted;
        System.out.println("first status=" + first.getStatusCode() + " request_us=" + firstNanos / 1000);
        System.out.flush();
        if (warm == 0) {
            return;
        }
        long[] nanos = new long[warm];
        for (int i = 0; i < warm; i++) {
            long started = System.nanoTime();
            APIGatewayProxyResponseEvent response = handler.handleRequest(request(body), null);
            nanos[i] = System.nanoTime() - started;
            if (response.getStatusCode() != 200) {
                throw new IllegalStateException("status " + response.getStatusCode());
            }
        }
        Arrays.sort(nanos);
        System.out.printf("warm n=%d p50_us=%d p99_us=%d max_us=%d%n", warm, nanos[warm / 2] / 1000,
                nanos[(int) Math.ceil(warm * 0.99) - 1] / 1000, nanos[warm - 1] / 1000);
    }

    private static APIGatewayProxyRequestEvent request(String body) {
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST")
                .withResource("/v1/claims/check")
                .withPath("/v1/claims/check")
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(body)
                .withIsBase64Encoded(false);
    }
}
