package org.opencities.testbench.registry.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on the registry's creating POSTs: the first successful answer
 * to a caller's key is stored, and the same caller repeating the key gets that answer again
 * (with {@code Idempotent-Replayed: true}) instead of creating a second resource. Reusing a key for
 * another path is refused with 422. Failed requests are not stored, so they can be retried; nor are
 * answers marked {@code Cache-Control: no-store}, which carry secrets shown once: their controllers
 * honour the key themselves.
 */
class IdempotencyKeys extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            problem(response, HttpStatus.BAD_REQUEST, "Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        String caller = caller();
        var stored = jdbc.sql("SELECT * FROM registry.idempotent_request WHERE caller = :caller AND request_key = :key")
                .param("caller", caller).param("key", key)
                .query((rs, n) -> new Stored(rs.getString("path"), rs.getInt("status"), rs.getString("content_type"),
                        rs.getString("location"), rs.getString("body")))
                .optional();
        if (stored.isPresent()) {
            replay(stored.get(), request, response);
            return;
        }
        var recording = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recording);
        if (recording.getStatus() < 300 && !noStore(recording)) {
            jdbc.sql("""
                    INSERT INTO registry.idempotent_request
                        (caller, request_key, method, path, status, content_type, location, body, created_at)
                    VALUES (:caller, :key, 'POST', :path, :status, :type, :location, :body, :at) ON CONFLICT DO NOTHING""")
                    .param("caller", caller).param("key", key).param("path", request.getRequestURI())
                    .param("status", recording.getStatus()).param("type", recording.getContentType())
                    .param("location", recording.getHeader("Location"))
                    .param("body", new String(recording.getContentAsByteArray(), StandardCharsets.UTF_8))
                    .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        }
        recording.copyBodyToResponse();
    }

    private static boolean noStore(HttpServletResponse response) {
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.contains("no-store");
    }

    private static void replay(Stored stored, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!stored.path().equals(request.getRequestURI())) {
            problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "This Idempotency-Key was first used for "
                    + stored.path() + "; use a new key for a different request");
            return;
        }
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader("Location", stored.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(stored.body());
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"errors\":[{\"field\":\"Idempotency-Key\",\"reason\":\""
                + detail.replace("\"", "'") + "\"}]}");
    }

    private static String caller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private record Stored(String path, int status, String contentType, String location, String body) {
    }
}
