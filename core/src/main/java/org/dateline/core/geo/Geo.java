package org.dateline.core.geo;

/** Spherical geometry helpers (WGS84 treated as a sphere of radius 6371 km). */
public final class Geo {
  /** Mean Earth radius in kilometres. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private Geo() {}

  /** Haversine distance in kilometres. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** Initial bearing in degrees clockwise from north, 0..360. */
  public static double bearing(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dl = Math.toRadians(lon2 - lon1);
    double y = Math.sin(dl) * Math.cos(p2);
    double x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
    return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
  }

  /** The point {@code km} away from (lat, lon) along {@code bearingDeg}: {lat, lon}. */
  public static double[] destination(double lat, double lon, double bearingDeg, double km) {
    double d = km / EARTH_RADIUS_KM;
    double b = Math.toRadians(bearingDeg);
    double p1 = Math.toRadians(lat);
    double l1 = Math.toRadians(lon);
    double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
    double l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1),
        Math.cos(d) - Math.sin(p1) * Math.sin(p2));
    double lon2 = (Math.toDegrees(l2) + 540) % 360 - 180;
    return new double[] {Math.toDegrees(p2), lon2};
  }
}
