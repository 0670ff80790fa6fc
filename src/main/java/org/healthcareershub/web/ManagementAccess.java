package org.healthcareershub.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who may read the operational endpoints. On the public port, metrics and health details are for staff
 * only. A deployment that scrapes metrics sets {@code management.server.port} and binds it to the loopback
 * address ({@code management.server.address=127.0.0.1}): requests on that port are answered without
 * signing in, since only a process on the same machine can make them.
 */
@Component
class ManagementAccess {

    private static final Logger log = LoggerFactory.getLogger(ManagementAccess.class);

    private final String address;
    private volatile int managementPort = -1;

    ManagementAccess(@Value("${management.server.address:}") String address) {
        this.address = address;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            managementPort = event.getWebServer().getPort();
            if (!isLoopback(address)) {
                log.warn(
                        "The management port {} is not bound to a loopback address: set management.server.address"
                                + "=127.0.0.1 unless a firewall keeps it private",
                        managementPort);
            }
        }
    }

    boolean onManagementPort(HttpServletRequest request) {
        return managementPort > 0 && request.getLocalPort() == managementPort;
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
