package org.healthcareershub.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the public API's OpenAPI document says about itself beyond the site settings: its version, the
 * license its data is offered under, and the address that answers questions about it.
 */
@ConfigurationProperties("hub.api")
public record ApiProperties(
        @DefaultValue("1.0.0") String version,
        @DefaultValue("CC BY 4.0") String licenseName,

        @DefaultValue("https://creativecommons.org/licenses/by/4.0/")
        URI licenseUrl,

        String contactEmail) {}
