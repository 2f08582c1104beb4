package org.opencities.testbench.orchestrator.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the configured limit with 413 problem+json before anything
 * reads them. Bodies of unknown length (chunked) are refused too, so no body escapes the limit.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    private final DataSize limit;

    RequestSizeLimit(DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > limit.toBytes() || chunked) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("""
                    {"type":"about:blank","title":"Content Too Large","status":413,\
                    "detail":"Request bodies are limited to %d bytes and must declare their length"}"""
                    .formatted(limit.toBytes()));
            return;
        }
        chain.doFilter(request, response);
    }
}
