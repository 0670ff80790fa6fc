/**
 * Geography: ZIP and "City, ST" lookup from the ZIP table shipped with the app, great-circle distance,
 * and New York's economic development regions. Other modules use {@link org.healthcareershub.geo.Geography},
 * and hold where their records are as a {@link org.healthcareershub.geo.Location}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Geography",
        allowedDependencies = {})
package org.healthcareershub.geo;
