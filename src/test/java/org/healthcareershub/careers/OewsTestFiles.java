package org.healthcareershub.careers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Small OEWS tables made by the tests, in the layout BLS publishes (its column names and order, its
 * special values). The figures are made up for the tests, not BLS data.
 */
public final class OewsTestFiles {

    public static final List<String> COLUMNS = List.of(
            "AREA",
            "AREA_TITLE",
            "AREA_TYPE",
            "PRIM_STATE",
            "NAICS",
            "NAICS_TITLE",
            "I_GROUP",
            "OWN_CODE",
            "OCC_CODE",
            "OCC_TITLE",
            "O_GROUP",
            "TOT_EMP",
            "EMP_PRSE",
            "H_MEAN",
            "A_MEAN",
            "MEAN_PRSE",
            "H_PCT10",
            "H_PCT25",
            "H_MEDIAN",
            "H_PCT75",
            "H_PCT90",
            "A_PCT10",
            "A_PCT25",
            "A_MEDIAN",
            "A_PCT75",
            "A_PCT90",
            "ANNUAL",
            "HOURLY");

    private final List<List<String>> rows = new ArrayList<>();

    public static OewsTestFiles table() {
        return new OewsTestFiles();
    }

    /** Five made-up percentiles (10, 25, median, 75, 90) for rows whose figures do not matter. */
    public static final String SOME_HOURLY = "20.00 22.00 24.00 26.00 28.00";

    public static final String SOME_ANNUAL = "41,600 45,760 49,920 54,080 58,240";

    /** A statewide New York row; {@code occupation} is the SOC code, a space and the title. */
    public OewsTestFiles statewide(String occupation, String hourly, String annual) {
        return area("36", "New York", "2", occupation, hourly, annual);
    }

    /** A metropolitan area's row; {@code occupation} is the SOC code, a space and the title. */
    public OewsTestFiles metro(String area, String title, String occupation, String hourly, String annual) {
        return area(area, title, "4", occupation, hourly, annual);
    }

    private OewsTestFiles area(
            String area, String title, String type, String occupation, String hourly, String annual) {
        String[] soc = occupation.split(" ", 2);
        return row(area, title, type, "000000", soc[0], soc[1], hourly, annual);
    }

    /** Any row: {@code hourly} and {@code annual} are five percentiles as BLS writes them. */
    public OewsTestFiles row(
            String area, String areaTitle, String areaType, String soc, String title, String hourly, String annual) {
        return row(area, areaTitle, areaType, "000000", soc, title, hourly, annual);
    }

    public OewsTestFiles row(
            String area,
            String areaTitle,
            String areaType,
            String naics,
            String soc,
            String title,
            String hourly,
            String annual) {
        List<String> row = new ArrayList<>(List.of(
                area,
                areaTitle,
                areaType,
                "NY",
                naics,
                "Cross-industry",
                "cross-industry",
                "1235",
                soc,
                title,
                "detailed",
                "1,230",
                "4.1",
                "*",
                "*",
                "1.2"));
        row.addAll(Arrays.asList(hourly.split(" ")));
        row.addAll(Arrays.asList(annual.split(" ")));
        row.addAll(List.of("", ""));
        rows.add(row);
        return this;
    }

    /** The table as a CSV file, as a spreadsheet saves it (quoted where a cell holds a comma). */
    public byte[] csv() {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (List<String> row : rows) {
            out.append(String.join(
                            ",",
                            row.stream()
                                    .map(c -> c.contains(",") ? "\"" + c + "\"" : c)
                                    .toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The table as an XLSX workbook with a notes sheet first, numbers as number cells. */
    public byte[] xlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "tests", "1.0");
            Worksheet notes = workbook.newWorksheet("Field descriptions");
            notes.value(0, 0, "Field");
            notes.value(0, 1, "Field description");
            Worksheet data = workbook.newWorksheet("All May data");
            for (int c = 0; c < COLUMNS.size(); c++) {
                data.value(0, c, COLUMNS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String cell = row.get(c);
                    if (cell.matches("[\\d,]+(\\.\\d+)?") && !COLUMNS.get(c).equals("OCC_CODE")) {
                        data.value(r + 1, c, Double.parseDouble(cell.replace(",", "")));
                    } else {
                        data.value(r + 1, c, cell);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
