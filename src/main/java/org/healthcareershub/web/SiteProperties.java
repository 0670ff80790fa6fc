package org.healthcareershub.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deployment settings: the brand, the operating organization, the region it serves, its public address,
 * where it keeps its data, and its funding acknowledgement per language.
 */
@ConfigurationProperties("hub")
public record SiteProperties(
        @DefaultValue("Health Careers Hub") String name,
        @DefaultValue("") String organization,
        @DefaultValue("New York") String region,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("./data") Path dataDir,
        Map<String, String> fundingStatement) {

    public SiteProperties {
        fundingStatement = fundingStatement == null ? Map.of() : Map.copyOf(fundingStatement);
    }
}
