package org.healthcareershub.careers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.healthcareershub.careers.domain.OccupationWage;
import org.healthcareershub.careers.domain.OccupationWages;
import org.healthcareershub.careers.domain.OewsAreas;
import org.healthcareershub.careers.domain.SocCode;
import org.healthcareershub.geo.Geography;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The BLS OEWS wage surveys staff loaded, as career pages show them: the newest survey year, for the
 * reader's New York region (its metropolitan areas) or, when the region has no figures or none was
 * chosen, for the state as a whole.
 */
@Service
@Transactional(readOnly = true)
public class WageSurveys {

    private final OccupationWages wages;
    private final OewsAreas areas;
    private final Geography geography;

    WageSurveys(OccupationWages wages, OewsAreas areas, Geography geography) {
        this.wages = wages;
        this.areas = areas;
        this.geography = geography;
    }

    /** The regions a reader can choose from, in alphabetical order. */
    public List<String> regions() {
        return geography.regions();
    }

    /**
     * The newest figures for the occupations of {@code career} in {@code region} (one of
     * {@link #regions()}, or null for the state), falling back to the state; empty when nothing is loaded
     * for those occupations.
     */
    public Optional<RegionalWages> forCareer(CareerContent career, String region) {
        Optional<Integer> year = wages.latestYear();
        if (year.isEmpty()) {
            return Optional.empty();
        }
        List<String> socCodes = career.socCodes().stream()
                .map(SocCode::detailed)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (socCodes.isEmpty()) {
            return Optional.empty();
        }
        if (region != null && regions().contains(region)) {
            List<RegionalWages.Area> found = found(year.get(), areas.in(region), socCodes);
            if (!found.isEmpty()) {
                return Optional.of(new RegionalWages(region, false, found));
            }
        }
        List<RegionalWages.Area> state = found(year.get(), List.of(areas.statewide()), socCodes);
        return state.isEmpty() ? Optional.empty() : Optional.of(new RegionalWages(region, true, state));
    }

    private List<RegionalWages.Area> found(int year, List<String> areaCodes, List<String> socCodes) {
        if (areaCodes.isEmpty()) {
            return List.of();
        }
        Map<String, List<OccupationWage>> byArea = new LinkedHashMap<>();
        areaCodes.forEach(code -> byArea.put(code, new ArrayList<>()));
        for (OccupationWage wage : wages.findBySurveyYearAndAreaCodeInAndSocCodeIn(year, areaCodes, socCodes)) {
            byArea.get(wage.areaCode()).add(wage);
        }
        List<RegionalWages.Area> found = new ArrayList<>();
        byArea.forEach((code, rows) -> {
            if (!rows.isEmpty()) {
                rows.sort((a, b) -> Integer.compare(socCodes.indexOf(a.socCode()), socCodes.indexOf(b.socCode())));
                found.add(new RegionalWages.Area(
                        code,
                        rows.get(0).areaTitle(),
                        rows.get(0).survey(),
                        rows.stream().map(OccupationWage::toOccupation).toList()));
            }
        });
        return found;
    }
}
