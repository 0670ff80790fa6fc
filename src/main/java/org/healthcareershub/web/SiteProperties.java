package org.healthcareershub.web;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deployment settings: the brand, the operating organization, the region it serves (with its name per
 * language), its public address, where it keeps its data, its funding acknowledgement per language and
 * the address that answers privacy questions. {@code allowedHosts} names host names besides the public
 * address's that requests may use and see in absolute URLs.
 */
@ConfigurationProperties("hub")
public record SiteProperties(
        @DefaultValue("Health Careers Hub") String name,
        @DefaultValue("") String organization,
        @DefaultValue("New York") String region,
        java.util.Map<String, String> regionName,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("./data") Path dataDir,
        java.util.Map<String, String> fundingStatement,
        @DefaultValue("") String privacyContact,
        @DefaultValue MapTiles map,
        java.util.List<String> allowedHosts) {

    /**
     * Map tiles: a URL template with {z}/{x}/{y} and the attribution the tile provider asks for. Empty, maps
     * show the places without a background (a deployment that cannot reach a tile server).
     */
    public record MapTiles(
            @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
            String tileUrl,

            @DefaultValue("© OpenStreetMap contributors") String attribution) {

        /** The scheme and host of the tile server, for the Content-Security-Policy; empty without tiles. */
        public String tileOrigin() {
            if (tileUrl.isBlank()) {
                return "";
            }
            URI uri = URI.create(tileUrl.replace("{", "").replace("}", ""));
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        }
    }

    public SiteProperties {
        fundingStatement = fundingStatement == null ? java.util.Map.of() : java.util.Map.copyOf(fundingStatement);
        allowedHosts = allowedHosts == null ? java.util.List.of() : java.util.List.copyOf(allowedHosts);
        regionName = regionName == null ? java.util.Map.of() : java.util.Map.copyOf(regionName);
    }
}
