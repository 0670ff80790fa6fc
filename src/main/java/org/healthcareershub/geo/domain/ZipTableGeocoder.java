package org.healthcareershub.geo.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.geo.Geocoder;
import org.healthcareershub.geo.Place;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The default geocoder: the ZIP centroid table shipped with the app, read once into memory (in the
 * background after the start, or at the first lookup if that comes sooner) and indexed by ZIP and by city
 * and state. A city with several ZIP codes is placed at the average of their points;
 * a misspelled city is matched to the closest name in its state and flagged as a guess.
 */
@Component
public class ZipTableGeocoder implements Geocoder {

    static final String LOCATION = "data/us-zip-centroids.csv";

    /** ZIP points of one name closer than this (through each other) are one place; farther ones are a guess. */
    static final double SAME_PLACE_MILES = 25;

    private static final Logger log = LoggerFactory.getLogger(ZipTableGeocoder.class);
    private static final Pattern ZIP = Pattern.compile("\\d{5}");

    /** Names people use that the postal table does not: Manhattan's ZIP codes are all "New York". */
    static final Map<String, String> ALIASES =
            Map.of("manhattan|NY", "new york|NY", "new york city|NY", "new york|NY", "nyc|NY", "new york|NY");

    private final CountyRegions regions;
    private volatile Table table;
    /** Why the table could not be read: lookups fail at once rather than reading it again each time. */
    private volatile RuntimeException failure;

    public ZipTableGeocoder(CountyRegions regions) {
        this.regions = regions;
    }

    /**
     * Reads the table on a background thread once the application has started: reading it takes seconds of
     * CPU on a cold JVM (41,000 rows, 30,000 city names normalized and grouped), which the start and its first
     * page need not wait for. A lookup before then reads it (or waits for the reading) itself, so no answer
     * is ever made from a partial table.
     */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        loadInBackground();
    }

    Thread loadInBackground() {
        Thread loader = new Thread(
                () -> {
                    try {
                        table();
                    } catch (RuntimeException e) {
                        log.error("ZIP table could not be read", e);
                    }
                },
                "zip-table");
        loader.setDaemon(true);
        loader.start();
        return loader;
    }

    /** Whether the table has been read (it is read on first use). */
    boolean loaded() {
        return table != null;
    }

    /** Why the table could not be read, or null (the health check reports it). */
    RuntimeException failure() {
        return failure;
    }

    private Table table() {
        Table read = table;
        if (read == null) {
            synchronized (this) {
                read = table;
                if (read == null) {
                    if (failure != null) {
                        throw new IllegalStateException(LOCATION + " could not be read", failure);
                    }
                    long started = System.nanoTime();
                    try {
                        read = Table.read(regions);
                    } catch (RuntimeException e) {
                        failure = e;
                        throw e;
                    }
                    table = read;
                    log.info(
                            "ZIP table: {} ZIP codes, {} cities, read in {} ms",
                            read.byZip().size(),
                            read.byCity().size(),
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        return read;
    }

    /** The ZIP codes and the city names, each keyed as {@link #key} makes it. */
    private record Table(Map<String, Place> byZip, Map<String, City> byCity, Map<String, List<City>> citiesByState) {

        static Table read(CountyRegions regions) {
            Map<String, Place> zips = new HashMap<>();
            Map<String, List<Place>> zipsByCity = new LinkedHashMap<>();
            // Names and counties repeat across rows; working each out once keeps the reading fast.
            Map<String, String> normalizedNames = new HashMap<>();
            Map<String, Optional<String>> regionByCounty = new HashMap<>();
            for (String[] row : CsvFile.read(LOCATION, "zip,city,county,state,lat,lon")) {
                String county = row[2].isEmpty() ? null : row[2];
                Optional<String> region = county == null
                        ? Optional.empty()
                        : regionByCounty.computeIfAbsent(key(county, row[3]), k -> regions.regionOf(county, row[3]));
                Place place = zipPlace(row, county, region.orElse(null));
                if (zips.put(place.zip(), place) != null) {
                    throw new IllegalStateException(LOCATION + ": ZIP " + place.zip() + " is listed twice");
                }
                String name = normalizedNames.computeIfAbsent(place.city(), PlaceNames::normalize);
                zipsByCity
                        .computeIfAbsent(key(name, place.state()), k -> new ArrayList<>())
                        .add(place);
            }
            Map<String, City> cities = new HashMap<>();
            Map<String, List<City>> byState = new HashMap<>();
            zipsByCity.forEach((key, cityZips) -> {
                City city = new City(normalizedNames.get(cityZips.get(0).city()), cityPlace(cityZips), cityZips.size());
                cities.put(key, city);
                byState.computeIfAbsent(city.place().state(), s -> new ArrayList<>())
                        .add(city);
            });
            byState.replaceAll((state, list) -> List.copyOf(list));
            return new Table(Map.copyOf(zips), Map.copyOf(cities), Map.copyOf(byState));
        }
    }

    @Override
    public Optional<Place> locate(String query) {
        Optional<NearQuery> parsed = NearQuery.parse(query);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Table zips = table();
        if (parsed.get() instanceof NearQuery.Zip zip) {
            return Optional.ofNullable(zips.byZip().get(zip.zip5()));
        }
        NearQuery.CityState cityState = (NearQuery.CityState) parsed.get();
        String name = PlaceNames.normalize(cityState.city());
        String key = key(name, cityState.state());
        City exact = zips.byCity().get(ALIASES.getOrDefault(key, key));
        if (exact != null) {
            return Optional.of(exact.place());
        }
        List<City> inState = zips.citiesByState().getOrDefault(cityState.state(), List.of());
        return closest(name, inState).or(() -> onlyStartingWith(name, inState)).map(ZipTableGeocoder::guessed);
    }

    /** The city whose name is fewest edits away, if close enough; ties go to the city with more ZIP codes. */
    private static Optional<City> closest(String name, List<City> cities) {
        if (name.length() < 3) {
            return Optional.empty();
        }
        int allowed = name.length() <= 5 ? 1 : 2;
        City best = null;
        int bestDistance = 0;
        for (City city : cities) {
            int distance = editDistance(name, city.name(), allowed);
            if (distance > allowed) {
                continue;
            }
            if (best == null
                    || distance < bestDistance
                    || (distance == bestDistance && city.isBetterTieBreakThan(best))) {
                best = city;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The one city whose name starts with what was typed ("Saratoga" for Saratoga Springs), if only one does. */
    private static Optional<City> onlyStartingWith(String name, List<City> cities) {
        if (name.length() < 3) {
            return Optional.empty();
        }
        List<City> matches =
                cities.stream().filter(c -> c.name().startsWith(name)).limit(2).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static Place guessed(City city) {
        Place p = city.place();
        return new Place(p.zip(), p.city(), p.county(), p.state(), p.point(), p.region(), true);
    }

    private static Place zipPlace(String[] row, String county, String region) {
        String zip = row[0];
        String state = row[3];
        if (!ZIP.matcher(zip).matches() || row[1].isEmpty() || state.length() != 2) {
            throw new IllegalStateException(LOCATION + ": bad row " + String.join(",", row));
        }
        GeoPoint point = new GeoPoint(Double.parseDouble(row[4]), Double.parseDouble(row[5]));
        return new Place(zip, row[1], county, state, point, region, false);
    }

    /**
     * One place for all the ZIP codes of a city name. ZIP points chained within {@link #SAME_PLACE_MILES}
     * of each other are one place (a big city spreads wider than that); when the name belongs to several
     * places, the one with the most ZIP codes is used and the result is flagged as a guess.
     */
    private static Place cityPlace(List<Place> zips) {
        List<Place> sorted =
                zips.stream().sorted(Comparator.comparing(Place::zip)).toList();
        List<List<Place>> places = clusters(sorted);
        List<Place> chosen = places.get(0);
        for (List<Place> candidate : places) {
            if (candidate.size() > chosen.size()) {
                chosen = candidate;
            }
        }
        double latitude =
                chosen.stream().mapToDouble(p -> p.point().latitude()).average().orElseThrow();
        double longitude = chosen.stream()
                .mapToDouble(p -> p.point().longitude())
                .average()
                .orElseThrow();
        String county = mostCommonCounty(chosen);
        String region = chosen.stream()
                .filter(zip -> Objects.equals(zip.county(), county))
                .findFirst()
                .map(Place::region)
                .orElse(null);
        return new Place(
                null,
                sorted.get(0).city(),
                county,
                sorted.get(0).state(),
                new GeoPoint(latitude, longitude),
                region,
                places.size() > 1);
    }

    /** Single-linkage groups: two ZIPs are together when a chain of ZIPs each close to the next joins them. */
    private static List<List<Place>> clusters(List<Place> zips) {
        GeoPoint first = zips.get(0).point();
        if (zips.stream().allMatch(zip -> zip.point().milesTo(first) <= SAME_PLACE_MILES / 2)) {
            return List.of(zips);
        }
        int[] parent = new int[zips.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < zips.size(); i++) {
            for (int j = i + 1; j < zips.size(); j++) {
                if (zips.get(i).point().milesTo(zips.get(j).point()) <= SAME_PLACE_MILES) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Integer, List<Place>> groups = new LinkedHashMap<>();
        for (int i = 0; i < zips.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(zips.get(i));
        }
        return List.copyOf(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static String mostCommonCounty(List<Place> zips) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Place zip : zips) {
            if (zip.county() != null) {
                counts.merge(zip.county(), 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (best == null || count.getValue() > counts.get(best)) {
                best = count.getKey();
            }
        }
        return best;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit + 1);
    }

    private static String key(String normalizedCity, String state) {
        return normalizedCity + "|" + state;
    }

    /** A city name (normalized), its place and how many ZIP codes it has. */
    private record City(String name, Place place, int zipCount) {

        boolean isBetterTieBreakThan(City other) {
            return zipCount > other.zipCount || (zipCount == other.zipCount && name.compareTo(other.name) < 0);
        }
    }
}
