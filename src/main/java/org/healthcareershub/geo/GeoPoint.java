package org.healthcareershub.geo;

/** A point on the Earth in decimal degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

    static final double EARTH_RADIUS_MILES = 3958.8;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a point on the Earth: " + latitude + ", " + longitude);
        }
    }

    /** The great-circle (haversine) distance to {@code other}, in miles. */
    public double milesTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double sinHalfLat = Math.sin((lat2 - lat1) / 2);
        double sinHalfLon = Math.sin(Math.toRadians(other.longitude - longitude) / 2);
        double h = sinHalfLat * sinHalfLat + Math.cos(lat1) * Math.cos(lat2) * sinHalfLon * sinHalfLon;
        // Rounding can push h a hair above 1 for antipodal points, where asin would return NaN.
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(Math.min(1, h)));
    }
}
