package io.claimscrub.local.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** A curl for the tests: the local API over real HTTP, answers parsed as JSON. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DONE = Set.of("COMPLETE", "REJECTED");

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return body.isEmpty() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String errorCode() {
            return json().path("error").path("code").asText(null);
        }
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Api(URI base) {
        this.base = base;
    }

    Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
    }

    Response post(String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).POST(BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    Response postJson(String json) {
        return post("/v1/claims/check", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The records of an S3 key, newest first ({@code GET /v1/files?key=}). */
    List<JsonNode> filesOfKey(String key) {
        Response response = get("/v1/files?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        if (response.status() != 200) {
            throw new AssertionError("GET /v1/files?key=" + key + " → " + response.status() + " " + response.body());
        }
        List<JsonNode> files = new ArrayList<>();
        response.json().path("files").forEach(files::add);
        return files;
    }

    /** Polls until the key's newest file record is COMPLETE or REJECTED, as a user with curl would. */
    JsonNode awaitDone(String key, Duration timeout) {
        return await(() -> {
            List<JsonNode> files = filesOfKey(key);
            return files.isEmpty() ? null : files.get(0);
        }, file -> DONE.contains(file.path("status").asText()), timeout, "file " + key + " to finish");
    }

    /** The file record and every one of its claims, following nextToken to the end. */
    FileView file(String fileId, int pageSize) {
        List<JsonNode> claims = new ArrayList<>();
        JsonNode first = null;
        String token = null;
        do {
            String query = "/v1/files/" + fileId + "?limit=" + pageSize
                    + (token == null ? "" : "&nextToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            Response response = get(query);
            if (response.status() != 200) {
                throw new AssertionError("GET " + query + " → " + response.status() + " " + response.body());
            }
            JsonNode page = response.json();
            if (first == null) {
                first = page;
            }
            page.path("claims").forEach(claims::add);
            token = page.path("nextToken").asText(null);
        } while (token != null);
        return new FileView(first, claims);
    }

    record FileView(JsonNode summary, List<JsonNode> claims) {
        int count(String field) {
            return summary.path(field).asInt(-1);
        }
    }

    static <T> T await(java.util.function.Supplier<T> probe, Predicate<T> done, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = probe.get();
            if (last != null && done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what + "; last seen: " + last);
    }
}
