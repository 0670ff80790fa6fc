package org.healthcareershub.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The page cache ({@code hub.page-cache.*}): whether it is on, how long a kept page may be served at most
 * even if no change was announced (a safety net for changes nobody announces, such as a posting's closing
 * date passing at midnight), how long a browser or proxy may reuse a page without asking again, and the
 * memory it may hold (pages beyond it are rendered as usual, not kept).
 */
@ConfigurationProperties("hub.page-cache")
public record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10m") Duration maxAge,
        @DefaultValue("60s") Duration browserMaxAge,
        @DefaultValue("32MB") DataSize maxSize) {}
