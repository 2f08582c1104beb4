package org.opencities.testbench.orchestrator;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls to a test application on loopback, as one of the test users (or nobody). */
public record TestClient(int port, String user, String password) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final JsonMapper JSON = JsonMapper.builder().build();

    public TestClient as(String otherUser, String otherPassword) {
        return new TestClient(port, otherUser, otherPassword);
    }

    public TestClient anonymous() {
        return new TestClient(port, null, null);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, "application/json");
    }

    public HttpResponse<String> post(String path, String body, String... headers) {
        return send("POST", path, body, "application/json", headers);
    }

    public HttpResponse<String> patch(String path, String body) {
        return send("PATCH", path, body, "application/merge-patch+json");
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType)
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8)));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
