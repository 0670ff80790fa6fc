package org.healthcareershub.geo.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** The reference data files: plain CSV with a header row and no quoting (see NOTICE for their origin). */
final class CsvFile {

    private CsvFile() {}

    /** The rows of a classpath CSV file; a wrong header or a short row stops the start with the file and line. */
    static List<String[]> read(String location, String header) {
        ClassPathResource resource = new ClassPathResource(location);
        List<String[]> rows = new ArrayList<>();
        int columns = header.split(",").length;
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String first = in.readLine();
            if (first == null || !first.strip().equals(header)) {
                throw new IllegalStateException(location + ": expected the header " + header + " but found " + first);
            }
            int number = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] row = line.split(",", -1);
                if (row.length != columns) {
                    throw new IllegalStateException(
                            location + " line " + number + ": expected " + columns + " columns: " + line);
                }
                for (int i = 0; i < row.length; i++) {
                    row[i] = row[i].strip();
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
        return rows;
    }
}
