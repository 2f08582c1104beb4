package org.opencities.testbench.registry.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RegistrationRateLimitTests {

    private final RegistrationRateLimit limit = new RegistrationRateLimit(2);

    @Test
    void answersTooManyRequestsPastTheLimitOfOneAddressOnly() throws Exception {
        assertThat(post("192.0.2.1").getStatus()).isEqualTo(200);
        assertThat(post("192.0.2.1").getStatus()).isEqualTo(200);

        var refused = post("192.0.2.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.getContentAsString()).contains("At most 2 registrations per minute");
        assertThat(post("192.0.2.2").getStatus()).isEqualTo(200);
    }

    @Test
    void letsPagesBeReadWithoutCounting() throws Exception {
        for (int i = 0; i < 5; i++) {
            var request = new MockHttpServletRequest("GET", "/register");
            var response = new MockHttpServletResponse();
            limit.doFilter(request, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
        assertThat(post("192.0.2.3").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse post(String address) throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/registrations");
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
