package org.healthcareershub.geo.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Which economic development region each county belongs to, from the table shipped with the app. */
@Component
public class CountyRegions {

    static final String LOCATION = "data/ny-county-regions.csv";
    private static final Pattern COUNTY_WORD = Pattern.compile("(?i)\\s+county$");

    private final Map<String, String> regionByCounty;
    private final List<String> regions;

    public CountyRegions() {
        Map<String, String> byCounty = new HashMap<>();
        TreeSet<String> names = new TreeSet<>();
        for (String[] row : CsvFile.read(LOCATION, "county,state,region")) {
            String state = PlaceNames.stateCode(row[1])
                    .orElseThrow(() -> new IllegalStateException(LOCATION + ": unknown state " + row[1]));
            if (byCounty.put(key(row[0], state), row[2]) != null) {
                throw new IllegalStateException(LOCATION + ": " + row[0] + ", " + state + " is listed twice");
            }
            names.add(row[2]);
        }
        this.regionByCounty = Map.copyOf(byCounty);
        this.regions = List.copyOf(names);
    }

    /** The region names in alphabetical order. */
    public List<String> regions() {
        return regions;
    }

    /** The region of a county ("Albany", "Albany County", "St. Lawrence") in a state ("NY", "New York"). */
    public Optional<String> regionOf(String county, String state) {
        if (county == null || state == null) {
            return Optional.empty();
        }
        return PlaceNames.stateCode(state).map(code -> regionByCounty.get(key(county, code)));
    }

    private static String key(String county, String state) {
        return PlaceNames.normalize(COUNTY_WORD.matcher(county.strip()).replaceAll("")) + "|" + state;
    }
}
