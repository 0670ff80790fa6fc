package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The operational endpoints on the public port: status for everyone, details and metrics for staff. */
@SpringBootTest
@AutoConfigureMockMvc
class OperationalEndpointTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void thePublicSeesTheHealthStatusOnly() {
        MvcTestResult health = mvc.get().uri("/actuator/health").exchange();
        assertThat(health).hasStatusOk();
        assertThat(health).bodyText().contains("\"status\"").doesNotContain("components", "diskSpace", "db");
        assertThat(mvc.get().uri("/actuator/health/readiness").exchange()).hasStatusOk();
        assertThat(mvc.get()
                        .uri("/actuator/health/local")
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isIn(302, 401);
    }

    @Test
    void metricsAndHealthDetailsNeedStaff() {
        assertThat(mvc.get()
                        .uri("/actuator/prometheus")
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isIn(302, 401);
        assertThat(mvc.get()
                        .uri("/actuator/prometheus")
                        .with(user("seeker@example.org").roles("SEEKER"))
                        .exchange())
                .hasStatus(403);
        MvcTestResult staffMetrics = mvc.get()
                .uri("/actuator/prometheus")
                .with(user("admin@example.org").roles("ADMIN"))
                .exchange();
        assertThat(staffMetrics).hasStatusOk().bodyText().contains("jvm_");
        assertThat(mvc.get()
                        .uri("/actuator/health/local")
                        .with(user("admin@example.org").roles("ADMIN"))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("components");
    }
}
