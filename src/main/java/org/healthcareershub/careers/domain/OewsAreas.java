package org.healthcareershub.careers.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.healthcareershub.geo.Geography;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Which OEWS areas lie in which New York region, from the table shipped with the app
 * ({@value #LOCATION}, explained in docs/pay-data.md): each area is listed with the counties it covers,
 * and a county's region comes from {@link Geography}. An area lies in every region one of its counties is
 * in.
 */
@Component
public class OewsAreas {

    static final String LOCATION = "data/oews-ny-areas.csv";

    private record Area(Integer type, Set<String> regions) {}

    private final Map<String, Area> areas;
    private final String statewide;

    public OewsAreas(Geography geography) {
        Map<String, Integer> types = new LinkedHashMap<>();
        Map<String, Set<String>> regions = new LinkedHashMap<>();
        String state = null;
        for (CSVRecord row : rows()) {
            String code = code(row.get("area"));
            String type = row.get("area_type").strip();
            types.put(code, type.isEmpty() ? null : Integer.valueOf(type));
            Set<String> inRegions = regions.computeIfAbsent(code, c -> new LinkedHashSet<>());
            String county = row.get("county").strip();
            if (county.isEmpty()) {
                state = code;
                continue;
            }
            inRegions.add(geography
                    .regionOf(county, "NY")
                    .orElseThrow(() -> new IllegalStateException(LOCATION + ": no region for county " + county)));
        }
        if (state == null) {
            throw new IllegalStateException(LOCATION + ": no statewide line (an area with no county)");
        }
        Map<String, Area> byCode = new LinkedHashMap<>();
        types.forEach((code, type) -> byCode.put(code, new Area(type, Set.copyOf(regions.get(code)))));
        this.areas = Map.copyOf(byCode);
        this.statewide = state;
    }

    /** An OEWS area code as stored: without leading zeros, since files write "36" or "0000036". */
    public static String code(String area) {
        String stripped = area == null ? "" : area.strip().replaceFirst("^0+(?=.)", "");
        return stripped.endsWith(".0") ? stripped.substring(0, stripped.length() - 2) : stripped;
    }

    /** The statewide area's code. */
    public String statewide() {
        return statewide;
    }

    /** Whether the table lists this area; {@code type} (OEWS AREA_TYPE) must agree where both give one. */
    public boolean covers(String code, Integer type) {
        Area area = areas.get(code(code));
        return area != null
                && (type == null || area.type() == null || area.type().equals(type));
    }

    /** The codes of the areas that lie in {@code region}, in code order. */
    public List<String> in(String region) {
        List<String> codes = new ArrayList<>();
        areas.forEach((code, area) -> {
            if (area.regions().contains(region)) {
                codes.add(code);
            }
        });
        codes.sort(null);
        return codes;
    }

    private static List<CSVRecord> rows() {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(LOCATION).getInputStream(), StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(LOCATION, e);
        }
    }
}
