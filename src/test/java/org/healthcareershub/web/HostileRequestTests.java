package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that Tomcat, Spring Security's firewall or the parameter parser turn away, sent over a real socket
 * to the real server: each gets the site's page with every security header, and leaves at most one log line.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "management.server.address=127.0.0.1"})
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestTests {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    record Response(int status, Map<String, String> headers, String body) {}

    Response send(int toPort, String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", toPort)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            boolean hasHost = false;
            boolean hasAccept = false;
            for (String header : headers) {
                request.append(header).append("\r\n");
                hasHost |= header.toLowerCase(Locale.ROOT).startsWith("host:");
                hasAccept |= header.toLowerCase(Locale.ROOT).startsWith("accept:");
            }
            request.append(hasHost ? "" : "Host: localhost\r\n").append(hasAccept ? "" : "Accept: text/html\r\n");
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String head = split < 0 ? raw : raw.substring(0, split);
            String[] lines = head.split("\r\n");
            Map<String, String> parsed = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    parsed.putIfAbsent(
                            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            return new Response(
                    Integer.parseInt(lines[0].split(" ")[1]), parsed, split < 0 ? "" : raw.substring(split + 4));
        }
    }

    static void assertSitePageWithHeaders(Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers().get("content-security-policy"))
                .as("CSP on a %d answer", status)
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(response.headers()).containsEntry("x-content-type-options", "nosniff");
        assertThat(response.headers()).containsEntry("x-frame-options", "DENY");
        assertThat(response.headers()).containsEntry("referrer-policy", "strict-origin-when-cross-origin");
        assertThat(response.body()).contains("<main").contains("skip-link").doesNotContain("Exception", "at org.");
    }

    @Test
    void invalidUtf8InAQueryIsA400PageAndOneWarningWithoutTheValue(CapturedOutput output) throws IOException {
        int before = output.getAll().length();
        for (String query : new String[] {"q=%C0%AF", "q=%ZZ", "lang=%FF%FE", "q=%E2%82"}) {
            Response response = send(port, "GET /trainings?" + query + " HTTP/1.1");
            assertSitePageWithHeaders(response, 400);
        }
        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain(" ERROR ", "\tat ", "%C0%AF", "C0AF");
        assertThat(logged.lines().filter(line -> line.contains("MalformedParameterFilter")))
                .hasSize(4)
                .allMatch(line -> line.contains(" WARN "));
    }

    @Test
    void aFirewallRejectionIsA400PageWithHeaders() throws IOException {
        assertSitePageWithHeaders(send(port, "GET /admin;/ HTTP/1.1"), 400);
        assertSitePageWithHeaders(send(port, "GET /careers/%2e%2e/admin HTTP/1.1"), 400);
    }

    @Test
    void protectedContainerPathsAreA404PageWithHeaders() throws IOException {
        assertSitePageWithHeaders(send(port, "GET /WEB-INF/web.xml HTTP/1.1"), 404);
        assertSitePageWithHeaders(send(port, "GET /META-INF/MANIFEST.MF HTTP/1.1"), 404);
    }

    @Test
    void anOverlongRequestLineIsAnsweredWithHeaders() throws IOException {
        Response response = send(port, "GET /trainings?q=" + "a".repeat(9_000) + " HTTP/1.1");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().get("content-security-policy")).contains("script-src 'self'");
        assertThat(response.headers()).containsEntry("x-content-type-options", "nosniff");
        assertThat(response.body()).doesNotContain("Exception", "Apache Tomcat");
    }

    @Test
    void aForeignHostIsNeverEchoed() throws IOException {
        Response redirect = send(port, "GET /account HTTP/1.1", "Host: evil.example");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.headers().get("location")).doesNotContain("evil").contains("/sign-in");
        Response apiDocs =
                send(port, "GET /v3/api-docs HTTP/1.1", "Host: evil.example:8443", "Accept: application/json");
        assertThat(apiDocs.status()).isEqualTo(200);
        assertThat(apiDocs.body()).doesNotContain("evil").contains("http://localhost:8080");
    }

    @Test
    void metricsAreOpenOnTheLoopbackManagementPortOnly() throws IOException {
        Response publicMetrics = send(port, "GET /actuator/prometheus HTTP/1.1", "Accept: */*");
        assertThat(publicMetrics.status()).isIn(302, 401, 403, 404);
        assertThat(publicMetrics.body()).doesNotContain("jvm_", "http_server_requests");

        Response localMetrics = send(managementPort, "GET /actuator/prometheus HTTP/1.1", "Accept: */*");
        assertThat(localMetrics.status()).isEqualTo(200);
        assertThat(localMetrics.body()).contains("jvm_");
    }

    /**
     * A visitor's upload is refused before its body is read: the answer comes while the client has sent the
     * head and a few bytes of a declared 50 MB body, which a container parsing the body would wait for.
     */
    @Test
    void anUploadFromAnyoneButStaffIsRefusedBeforeItsBodyIsRead() throws IOException {
        for (String path : new String[] {"/admin/trainings/import", "/sign-up", "/trainings"}) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                                + "Content-Type: multipart/form-data; boundary=xyz\r\n"
                                + "Content-Length: 50000000\r\n\r\n--xyz\r\n"
                                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String head = readHead(socket.getInputStream());
                assertThat(head).as(path).startsWith("HTTP/1.1 403");
                assertThat(head.toLowerCase(Locale.ROOT)).contains("content-security-policy: ");
            }
        }
    }

    static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
