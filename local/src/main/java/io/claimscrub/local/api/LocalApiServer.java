package io.claimscrub.local.api;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.claimscrub.local.Ports;
import io.claimscrub.local.lambda.LocalContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API Gateway (REST API, Lambda proxy integration) on 127.0.0.1: each request to a declared route
 * becomes an {@link APIGatewayProxyRequestEvent} for the function, and its response event becomes the
 * HTTP response. Like API Gateway, it answers bodies over 10 MB with 413, unknown routes with 404 (API
 * Gateway says 403 "Missing Authentication Token"; a plain 404 is kinder locally), and a function that
 * throws with 502. No authorization is checked: AWS_IAM is the template's job.
 */
public final class LocalApiServer implements AutoCloseable {
    /** API Gateway's payload limit. */
    public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(LocalApiServer.class);
    private static final Duration FUNCTION_TIMEOUT = Duration.ofSeconds(29);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What API Gateway answers when the integration fails. */
    private static final String INTERNAL_ERROR = "{\"message\":\"Internal server error\"}";

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<ApiRoute> routes;
    private final String function;
    private final RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler;
    private final PrintStream functionLog;

    private LocalApiServer(HttpServer server, ExecutorService executor, List<ApiRoute> routes, String function,
                           RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler,
                           PrintStream functionLog) {
        this.server = server;
        this.executor = executor;
        this.routes = List.copyOf(routes);
        this.function = function;
        this.handler = handler;
        this.functionLog = functionLog;
    }

    /**
     * Starts the server.
     *
     * @param port     the port, or 0 for any free one
     * @param routes   the resources and methods the API declares, all served by {@code handler}
     * @param function the function name (for the Lambda context)
     */
    public static LocalApiServer start(int port, List<ApiRoute> routes, String function,
                                       RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler,
                                       PrintStream functionLog) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(Ports.LOOPBACK, port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "api");
            thread.setDaemon(true);
            return thread;
        });
        LocalApiServer api = new LocalApiServer(server, executor, routes, function, handler, functionLog);
        server.createContext("/", api::handle);
        server.setExecutor(executor);
        server.start();
        return api;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // Raw, as API Gateway routes it: a decoded %2F would split a claim id in two.
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            Optional<String> resource = resourceFor(path);
            if (resource.isEmpty()) {
                send(exchange, 404, "NOT_FOUND", "no route for " + path);
                return;
            }
            Optional<ApiRoute> route = routes.stream()
                    .filter(r -> r.resource().equals(resource.get()) && r.method().equalsIgnoreCase(method))
                    .findFirst();
            if (route.isEmpty()) {
                send(exchange, 405, "METHOD_NOT_ALLOWED", "method " + method + " is not allowed on " + path);
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                send(exchange, 413, "PAYLOAD_TOO_LARGE", "request body exceeds " + MAX_BODY_BYTES + " bytes");
                return;
            }
            invoke(exchange, route.get(), ProxyEvents.request(exchange, route.get(),
                    route.get().match(path).orElseThrow(), body));
        } catch (IOException e) {
            LOG.debug("client connection closed: {}", e.getClass().getSimpleName());
        }
    }

    private void invoke(HttpExchange exchange, ApiRoute route, APIGatewayProxyRequestEvent event) throws IOException {
        APIGatewayProxyResponseEvent response;
        try {
            response = handler.handleRequest(event, new LocalContext(function, FUNCTION_TIMEOUT, functionLog));
        } catch (RuntimeException | Error e) {
            // API Gateway turns a failed invocation into a 502; the message could quote claim data.
            LOG.error("{} failed on {} {}: {}", function, route.method(), route.resource(), e.getClass().getName());
            sendJson(exchange, 502, INTERNAL_ERROR);
            return;
        }
        if (response == null || response.getStatusCode() == null) {
            LOG.error("{} returned no status code on {} {}", function, route.method(), route.resource());
            sendJson(exchange, 502, INTERNAL_ERROR);
            return;
        }
        ProxyEvents.respond(exchange, response);
    }

    /** The resource API Gateway would pick for the path: the matching one with the most literal segments. */
    private Optional<String> resourceFor(String path) {
        return routes.stream()
                .filter(route -> route.match(path).isPresent())
                .max(Comparator.comparingInt(ApiRoute::literalSegments))
                .map(ApiRoute::resource);
    }

    /** The body, or null when it is larger than API Gateway accepts. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            in.transferTo(OutputStream.nullOutputStream());
            return null;
        }
        return body;
    }

    private static void send(HttpExchange exchange, int status, String code, String message) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("code", code).put("message", message);
        sendJson(exchange, status, JSON.writeValueAsString(root));
    }

    private static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
