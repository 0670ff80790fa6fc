package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may send a multipart body, and what the error page sees of one that was refused. */
class UploadGateTests {

    final UploadGate gate = new UploadGate(1_000);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static MockHttpServletRequest upload(int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/trainings/import");
        request.setContentType("multipart/form-data; boundary=xyz");
        request.setContent(new byte[bytes]);
        return request;
    }

    static void signIn(String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("someone", "x", "ROLE_" + role));
    }

    @Test
    void staffMayUploadUpToTheLimit() throws Exception {
        signIn("ADMIN");
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        gate.doFilter(upload(1_000), response, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void anythingLargerIsRefusedEvenFromStaff() throws Exception {
        signIn("ADMIN");
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        gate.doFilter(upload(1_001), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void visitorsSeekersAndEmployersMayNotUploadAndTheErrorPageSeesNoBody() throws Exception {
        for (String role : new String[] {null, "SEEKER", "EMPLOYER"}) {
            SecurityContextHolder.clearContext();
            if (role != null) {
                signIn(role);
            }
            MockHttpServletRequest request = upload(10);
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse response = new MockHttpServletResponse();

            gate.doFilter(request, response, chain);

            assertThat(chain.getRequest()).as(role).isNull();
            assertThat(response.getStatus()).as(role).isEqualTo(403);

            request.setDispatcherType(DispatcherType.ERROR);
            MockFilterChain errorPage = new MockFilterChain();
            gate.doFilter(request, new MockHttpServletResponse(), errorPage);
            HttpServletRequest seen = (HttpServletRequest) errorPage.getRequest();
            assertThat(seen.getContentType()).isNull();
            assertThat(seen.getInputStream().read()).isEqualTo(-1);
            assertThat(seen.getParts()).isEmpty();
            assertThat(seen.getParameterMap()).isEmpty();
        }
    }

    @Test
    void otherBodiesPassUntouched() throws Exception {
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/sign-up");
        form.setContentType("application/x-www-form-urlencoded");
        MockFilterChain chain = new MockFilterChain();

        gate.doFilter(form, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(form);
    }
}
