package org.healthcareershub.careers.domain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an OEWS wage table as BLS publishes it (an XLSX workbook) or as a spreadsheet saves it (CSV),
 * one line at a time, so a national file need not fit in memory. Column names are matched without
 * regard to case; the file's kind is told from its first bytes, not its name.
 */
final class OewsTable {

    /** A row of the table: its number as a spreadsheet shows it (the header is row 1) and its cells. */
    record Line(long number, Map<String, String> cells) {

        /** The cell under {@code column}, stripped; empty when the column or the cell is missing. */
        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** A file that cannot be read as a wage table: a message key and its arguments. */
    static final class Unreadable extends RuntimeException {

        private final String key;
        private final transient Object[] args;

        Unreadable(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        String key() {
            return key;
        }

        Object[] args() {
            return args.clone();
        }
    }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private OewsTable() {}

    /** Hands each line after the header to {@code each}, once the header has every required column. */
    static void read(InputStream input, List<String> required, Consumer<Line> each) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input);
        in.mark(8);
        byte[] head = in.readNBytes(8);
        in.reset();
        if (head.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(head)) {
            readWorkbook(in, required, each);
        } else if (head.length >= 4 && Arrays.equals(Arrays.copyOf(head, 4), OLE2)) {
            throw new Unreadable("admin.wages.error.xls");
        } else {
            readCsv(in, required, each);
        }
    }

    private static void readCsv(InputStream in, List<String> required, Consumer<Line> each) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Iterator<CSVRecord> records = format.parse(reader).iterator();
            if (!records.hasNext()) {
                throw new Unreadable("admin.wages.error.empty");
            }
            List<String> header = header(records.next().toList(), required);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                each.accept(line(record.getRecordNumber(), header, record.toList()));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("admin.wages.error.unreadable");
        }
    }

    private static void readWorkbook(InputStream in, List<String> required, Consumer<Line> each) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            // BLS workbooks may put notes before the data: use the first sheet whose header fits
            Unreadable firstProblem = null;
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        continue;
                    }
                    List<String> header;
                    try {
                        header = header(cells(it.next()), required);
                    } catch (Unreadable e) {
                        firstProblem = firstProblem == null ? e : firstProblem;
                        continue;
                    }
                    while (it.hasNext()) {
                        Row row = it.next();
                        each.accept(line(row.getRowNum(), header, cells(row)));
                    }
                    return;
                }
            }
            throw firstProblem != null ? firstProblem : new Unreadable("admin.wages.error.empty");
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("admin.wages.error.unreadable");
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(Optional.ofNullable(row.getCellText(i)).orElse(""));
        }
        return cells;
    }

    private static List<String> header(List<String> names, List<String> required) {
        List<String> header = names.stream()
                .map(n -> n.replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT))
                .toList();
        List<String> missing =
                required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new Unreadable("admin.wages.error.columns", String.join(", ", missing));
        }
        return header;
    }

    private static Line line(long number, List<String> header, List<String> values) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size() && i < values.size(); i++) {
            cells.putIfAbsent(header.get(i), values.get(i));
        }
        return new Line(number, cells);
    }
}
