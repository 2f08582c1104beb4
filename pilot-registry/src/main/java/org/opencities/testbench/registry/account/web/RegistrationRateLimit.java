package org.opencities.testbench.registry.account.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.bucket4j.Bucket;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how many registrations one client address may send per minute, since registering is open
 * to anyone and every registration sends a mail. A token bucket per address (Bucket4j), kept in
 * memory per process: the limit is per replica, which is enough to stop a script filling the
 * registry or using it to mail strangers. Answers 429 with {@code Retry-After}.
 */
class RegistrationRateLimit extends OncePerRequestFilter {

    /** Addresses remembered at most; past that the table starts afresh rather than grow without end. */
    private static final int MAX_ADDRESSES = 10_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RegistrationRateLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() >= MAX_ADDRESSES) {
            buckets.clear();
        }
        var bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"At most " + perMinute
                + " registrations per minute from one address; try again in " + seconds + " s\"}");
    }
}
