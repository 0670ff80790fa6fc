package org.healthcareershub.trainings.domain;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The import file's format, read and written with Commons CSV: one column per {@link TrainingInput}
 * component, in its order and in snake case ({@code lengthHours} is {@code length_hours}); list columns
 * hold items separated by {@code |} ({@link TrainingRules#items}).
 */
public final class TrainingCsv {

    private static final RecordComponent[] FIELDS = TrainingInput.class.getRecordComponents();

    /** The header row, in order. */
    public static final List<String> COLUMNS =
            Arrays.stream(FIELDS).map(c -> column(c.getName())).toList();

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private TrainingCsv() {}

    /** The column that holds a {@link TrainingInput} field. */
    public static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    /** A parser that names each row's cells by the file's header row, in any column order. */
    static CSVParser parser(Reader reader) throws IOException {
        return CSVParser.parse(
                reader,
                FORMAT.builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .get());
    }

    /** One row as written; a missing or blank cell is null. */
    static TrainingInput read(CSVRecord row) {
        Object[] values = Arrays.stream(FIELDS)
                .map(f -> {
                    String cell = cell(row, column(f.getName()));
                    return f.getType() == List.class ? TrainingRules.items(cell) : cell;
                })
                .toArray();
        try {
            Constructor<TrainingInput> canonical = TrainingInput.class.getDeclaredConstructor(
                    Arrays.stream(FIELDS).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TrainingInput cannot be built from a row", e);
        }
    }

    static String cell(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    /** Writes the header row, then one row per program. */
    public static void write(Appendable out, List<TrainingInput> programs) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(COLUMNS);
            for (TrainingInput program : programs) {
                printer.printRecord(Arrays.stream(FIELDS).map(f -> cellText(f, program)));
            }
        }
    }

    private static String cellText(RecordComponent field, TrainingInput program) {
        try {
            Object value = field.getAccessor().invoke(program);
            return value instanceof List<?> items
                    ? String.join("|", items.stream().map(String::valueOf).toList())
                    : (String) value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("TrainingInput." + field.getName() + " cannot be read", e);
        }
    }
}
