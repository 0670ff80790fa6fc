package org.healthcareershub.careers.domain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthcareershub.careers.CareerPagesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a Bureau of Labor Statistics OEWS wage table (the columns BLS publishes: {@code AREA},
 * {@code AREA_TITLE}, {@code AREA_TYPE}, {@code OCC_CODE}, {@code OCC_TITLE}, {@code H_PCT10} to
 * {@code H_PCT90}, {@code H_MEDIAN}, {@code A_PCT10} to {@code A_PCT90}, {@code A_MEDIAN}). It keeps the
 * rows of occupations some career names, in the areas {@link OewsAreas} maps, and replaces what was
 * stored for those areas and that survey year, so loading the same year again replaces it and a year's
 * state and metropolitan files can be loaded one after the other.
 */
@Service
public class OewsImport {

    static final List<String> REQUIRED = List.of("AREA", "AREA_TITLE", "OCC_CODE", "OCC_TITLE");
    static final int[] PERCENTILES = {10, 25, 50, 75, 90};
    static final String SKIPPED_OCCUPATION = "admin.wages.skipped.occupation";
    static final String SKIPPED_AREA = "admin.wages.skipped.area";
    static final String SKIPPED_INDUSTRY = "admin.wages.skipped.industry";
    static final String SKIPPED_NO_WAGES = "admin.wages.skipped.noWages";
    private static final Logger log = LoggerFactory.getLogger(OewsImport.class);

    private final Careers careers;
    private final OccupationWages wages;
    private final OewsAreas areas;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OewsImport(
            Careers careers,
            OccupationWages wages,
            OewsAreas areas,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.careers = careers;
        this.events = events;
        this.wages = wages;
        this.areas = areas;
        this.transactions = transactions;
        this.clock = Clock.systemUTC();
    }

    /** Reads the whole table, then stores what it kept in one transaction; a bad file stores nothing. */
    public WageImportReport importFile(InputStream in, YearMonth survey) throws IOException {
        Set<String> socCodes = careers.findAllSocCodes().stream()
                .map(SocCode::detailed)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<WageImportReport.Row> rows = new ArrayList<>();
        Map<String, Long> skipped = new LinkedHashMap<>();
        List<OccupationWage> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant now = clock.instant();
        try {
            OewsTable.read(in, REQUIRED, line -> {
                String reason = skipReason(line, socCodes);
                if (reason != null) {
                    skipped.merge(reason, 1L, Long::sum);
                    return;
                }
                read(line, survey, now, seen, rows, kept, skipped);
            });
        } catch (OewsTable.Unreadable e) {
            return WageImportReport.unreadable(survey, e.key(), e.args());
        }
        if (rows.isEmpty()) {
            return WageImportReport.unreadable(survey, "admin.wages.error.nothingKept");
        }
        Integer replaced = transactions.execute(status -> {
            Set<String> areaCodes = kept.stream().map(OccupationWage::areaCode).collect(Collectors.toSet());
            int deleted = areaCodes.isEmpty() ? 0 : wages.deleteAreas(survey.getYear(), areaCodes);
            wages.saveAll(kept);
            return deleted;
        });
        events.publishEvent(CareerPagesChanged.everyCareer());
        WageImportReport report = new WageImportReport(survey, rows, skipped, replaced == null ? 0 : replaced, null);
        log.info(
                "OEWS {} imported: {} rows kept, {} rejected, {} skipped, {} replaced",
                survey,
                report.count(WageImportReport.Outcome.KEPT),
                report.count(WageImportReport.Outcome.REJECTED),
                report.skippedRows(),
                report.replaced());
        return report;
    }

    private String skipReason(OewsTable.Line line, Set<String> socCodes) {
        String soc = SocCode.detailed(line.get("OCC_CODE"));
        if (soc == null || !socCodes.contains(soc)) {
            return SKIPPED_OCCUPATION;
        }
        // "000000" is all industries; a workbook may hold it as the number 0
        String industry = line.get("NAICS").replaceFirst("^0+(\\.0*)?$", "");
        if (!industry.isEmpty()) {
            return SKIPPED_INDUSTRY;
        }
        if (!areas.covers(line.get("AREA"), integer(line.get("AREA_TYPE")))) {
            return SKIPPED_AREA;
        }
        return null;
    }

    private static void read(
            OewsTable.Line line,
            YearMonth survey,
            Instant now,
            Set<String> seen,
            List<WageImportReport.Row> rows,
            List<OccupationWage> kept,
            Map<String, Long> skipped) {
        String area = OewsAreas.code(line.get("AREA"));
        String soc = SocCode.detailed(line.get("OCC_CODE"));
        List<WageImportReport.Problem> problems = new ArrayList<>();
        WageFigures hourly = figures(line, "H_", problems);
        WageFigures annual = figures(line, "A_", problems);
        if (line.get("AREA_TITLE").isEmpty()) {
            problems.add(new WageImportReport.Problem("admin.wages.problem.required", "AREA_TITLE", ""));
        }
        if (!seen.add(area + "|" + soc)) {
            problems.add(new WageImportReport.Problem("admin.wages.problem.duplicate", "OCC_CODE", soc));
        }
        if (problems.isEmpty() && hourly == null && annual == null) {
            skipped.merge(SKIPPED_NO_WAGES, 1L, Long::sum);
            return;
        }
        boolean ok = problems.isEmpty();
        rows.add(new WageImportReport.Row(
                line.number(),
                area,
                line.get("AREA_TITLE"),
                soc,
                line.get("OCC_TITLE"),
                ok ? WageImportReport.Outcome.KEPT : WageImportReport.Outcome.REJECTED,
                problems));
        if (ok) {
            kept.add(new OccupationWage(
                    survey,
                    area,
                    line.get("AREA_TITLE"),
                    integer(line.get("AREA_TYPE")),
                    soc,
                    line.get("OCC_TITLE").isEmpty() ? soc : line.get("OCC_TITLE"),
                    hourly,
                    annual,
                    now));
        }
    }

    /** One basis's percentiles; null when none was published. */
    private static WageFigures figures(OewsTable.Line line, String prefix, List<WageImportReport.Problem> problems) {
        BigDecimal[] values = new BigDecimal[PERCENTILES.length];
        Integer topFrom = null;
        for (int i = 0; i < PERCENTILES.length; i++) {
            String column = prefix + (PERCENTILES[i] == 50 ? "MEDIAN" : "PCT" + PERCENTILES[i]);
            String text = line.get(column);
            if (text.equals("#")) {
                topFrom = topFrom == null ? PERCENTILES[i] : topFrom;
            } else if (!text.isEmpty() && !text.equals("*") && !text.equals("**")) {
                values[i] = amount(text);
                if (values[i] == null) {
                    problems.add(new WageImportReport.Problem("admin.wages.problem.number", column, text));
                }
            }
        }
        if (topFrom != null) {
            for (int i = 0; i < PERCENTILES.length; i++) {
                values[i] = PERCENTILES[i] >= topFrom ? null : values[i];
            }
        }
        boolean none = topFrom == null && Arrays.stream(values).allMatch(Objects::isNull);
        return none ? null : new WageFigures(values[0], values[1], values[2], values[3], values[4], topFrom);
    }

    /** "45,000", "$45,000.00" or "21.63"; null for anything else or a negative amount. */
    static BigDecimal amount(String text) {
        String plain = text.replace(",", "").replace("$", "").strip();
        if (!plain.matches("\\d{1,9}(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain).setScale(2, RoundingMode.HALF_UP);
    }

    private static Integer integer(String text) {
        try {
            return text.isEmpty() ? null : (int) Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
