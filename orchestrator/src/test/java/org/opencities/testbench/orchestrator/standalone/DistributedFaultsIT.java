package org.opencities.testbench.orchestrator.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A distributed orchestrator whose broker or database is missing keeps running and says so through
 * readiness, instead of crashing: consumers keep reconnecting, and readiness turns UP once both are
 * there. The broker and the database are real; "missing" is a closed loopback port and a stopped
 * PostgreSQL.
 */
class DistributedFaultsIT {

    private static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsWithoutItsBrokerAndReportsNotReady() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var orchestrator = OrchestratorApplication.application().run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.artemis.mode=native",
                "--spring.artemis.broker-url=tcp://127.0.0.1:" + closedPort)) {

            var readiness = get(orchestrator, "/actuator/health/readiness");
            var liveness = get(orchestrator, "/actuator/health/liveness");

            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"jms\":{\"status\":\"DOWN\"");
            assertThat(liveness.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void reportsNotReadyWhenItsDatabaseGoesAway() throws Exception {
        var postgres = EmbeddedPostgres.builder().start();
        try (var orchestrator = OrchestratorApplication.application().run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.artemis.mode=embedded",
                "--spring.artemis.embedded.persistent=false")) {
            assertThat(get(orchestrator, "/actuator/health/readiness").statusCode()).isEqualTo(200);

            postgres.close();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var readiness = get(orchestrator, "/actuator/health/readiness");
                assertThat(readiness.statusCode()).isEqualTo(503);
                assertThat(readiness.body()).contains("\"db\":{\"status\":\"DOWN\"");
            });
            assertThat(get(orchestrator, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext context, String path)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
