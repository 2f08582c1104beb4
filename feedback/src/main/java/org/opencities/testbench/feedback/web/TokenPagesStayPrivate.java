package org.opencities.testbench.feedback.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every page under a tester's personal link ({@code /feedback/t/{token}/...}: questionnaires,
 * thank-you, my data, the download) holds the token in its address, so none is cached or sent on
 * as a referrer. One filter, so that no page under the link can forget it.
 */
@Component
class TokenPagesStayPrivate extends OncePerRequestFilter {

    private static final String TOKEN_PAGES = "/feedback/t/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + TOKEN_PAGES);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
