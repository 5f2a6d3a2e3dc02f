package org.ksrelations.kit.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.ListResponses;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the files of a dataset snapshot, streaming: each record is turned into its rows and written at once, so the
 * memory used does not grow with the dataset. The SHA-256 of each file is computed while it is written.
 * <p>
 * The zip holds {@code <dataset>.csv} (the columns of the list's CSV: the record schema's properties, texts in
 * English), one {@code <dataset>-<child>.csv} per child array (the record's key first, then the element's
 * properties), {@code codebook.csv} and {@code codebook.md} (one row per column of every CSV file: type, meaning,
 * allowed values, an example — generated from the service's OpenAPI document, the same schemas clients see) and
 * {@code CITATION.txt}. The JSON Lines file holds one record per line in the API's JSON with every language.
 */
public final class DatasetWriter {

    public static final String ZIP_TYPE = "application/zip";
    public static final String JSONL_TYPE = "application/jsonl";
    public static final String LICENCE = "CC BY-SA 4.0";
    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/";
    /** Where Quarkus keeps the application's generated OpenAPI document (the one served at /q/openapi). */
    public static final String OPENAPI_RESOURCE = "META-INF/quarkus-generated-openapi-doc.JSON";
    static final String CODEBOOK_HEADER = "file,column,type,meaning,allowed_values,example";

    private final ObjectMapper mapper;
    private final DatasetColumns described;

    /** {@code openApi}: the service's OpenAPI document (its {@code components.schemas} describe every column). */
    public DatasetWriter(ObjectMapper mapper, JsonNode openApi) {
        this.mapper = mapper;
        this.described = new DatasetColumns(openApi.path("components").path("schemas"));
    }

    /** The application's own OpenAPI document, as generated at build time. */
    public static JsonNode applicationOpenApi(ObjectMapper mapper) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        try (InputStream in = cl.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI_RESOURCE + " is not on the class path: the codebook needs it");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A written file: its size in bytes and the hex SHA-256 of its bytes. */
    public record Written(long size, String sha256) {
    }

    /** One CSV file of the zip and its columns ({@code child} null for the records' own file). */
    public record Table(String file, String schema, String child, List<String> columns) {
    }

    /** One row of the codebook. */
    public record CodebookRow(String file, String column, String type, String meaning, String allowedValues,
                              String example) {
    }

    public List<Table> tables(DatasetSpec spec) {
        JsonNode record = described.schema(spec.schema());
        List<Table> out = new ArrayList<>();
        out.add(new Table(spec.name() + ".csv", spec.schema(), null, DatasetColumns.properties(record)));
        for (String child : spec.children()) {
            JsonNode prop = record.path("properties").path(child);
            String childSchema = DatasetColumns.refName(prop.path("items"));
            if (childSchema == null) {
                throw new IllegalStateException(spec.schema() + "." + child + " is not an array of a named schema");
            }
            List<String> columns = new ArrayList<>();
            columns.add(spec.keyColumn());
            columns.addAll(DatasetColumns.properties(described.schema(childSchema)));
            out.add(new Table(spec.name() + "-" + child + ".csv", childSchema, child, columns));
        }
        return out;
    }

    public List<CodebookRow> codebook(DatasetSpec spec) {
        List<CodebookRow> rows = new ArrayList<>();
        JsonNode record = described.schema(spec.schema());
        String mainFile = spec.name() + ".csv";
        for (Table t : tables(spec)) {
            JsonNode s = described.schema(t.schema());
            for (String column : t.columns()) {
                if (t.child() != null && column.equals(spec.keyColumn())) {
                    DatasetColumns.Column key = described.describe(record.path("properties").path(spec.key()));
                    rows.add(new CodebookRow(t.file(), column, key.type(),
                            "The " + spec.keyColumn() + " this row belongs to: its " + spec.key() + " in " + mainFile
                                    + " (one row per element of its " + t.child() + ")", key.allowed(), key.example()));
                    continue;
                }
                DatasetColumns.Column c = described.describe(s.path("properties").path(column));
                String meaning = c.meaning();
                if (t.child() == null && spec.children().contains(column)) {
                    meaning = (meaning.isEmpty() ? "" : meaning + ". ") + "Each element in full: "
                            + spec.name() + "-" + column + ".csv";
                }
                rows.add(new CodebookRow(t.file(), column, c.type(), meaning, c.allowed(), c.example()));
            }
        }
        return rows;
    }

    /** The zip: the CSV files, the codebook and the citation. */
    public Written zip(DatasetSpec spec, String version, OffsetDateTime date, String citation, Path target) {
        List<Table> tables = tables(spec);
        List<CodebookRow> codebook = codebook(spec);
        FileTime time = FileTime.from(date.toInstant());
        return write(target, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                for (Table t : tables) {
                    entry(zip, t.file(), time);
                    w.write(csvLine(t.columns()));
                    spec.records().forEach(Lang.EN, item -> {
                        ObjectNode n = mapper.valueToTree(item);
                        try {
                            if (t.child() == null) {
                                w.write(row(n, t.columns()));
                            } else {
                                String key = ListResponses.cell(n.get(spec.key()));
                                for (JsonNode element : n.path(t.child())) {
                                    List<String> cells = new ArrayList<>();
                                    cells.add(key);
                                    for (String col : t.columns().subList(1, t.columns().size())) {
                                        cells.add(ListResponses.cell(element.get(col)));
                                    }
                                    w.write(csvLine(cells));
                                }
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    w.flush();
                }
                entry(zip, "codebook.csv", time);
                w.write(CODEBOOK_HEADER + "\r\n");
                for (CodebookRow r : codebook) {
                    w.write(csvLine(List.of(r.file(), r.column(), r.type(), r.meaning(), r.allowedValues(), r.example())));
                }
                w.flush();
                entry(zip, "codebook.md", time);
                w.write(codebookMarkdown(spec, version, codebook));
                w.flush();
                entry(zip, "CITATION.txt", time);
                w.write(citationText(spec, version, date, citation, tables));
                w.flush();
            }
        });
    }

    /** One record per line, as the API serves it with every language ({@code lang=all}). */
    public Written jsonLines(DatasetSpec spec, Path target) {
        return write(target, out -> {
            spec.records().forEach(Lang.ALL, item -> {
                try {
                    out.write(mapper.writeValueAsBytes(item));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        });
    }

    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static Written write(Path target, Body body) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (OutputStream file = Files.newOutputStream(target);
             DigestOutputStream out = new DigestOutputStream(new BufferedOutputStream(file, 1 << 16), sha)) {
            body.write(new NonClosing(out));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new Written(Files.size(target), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets a ZipOutputStream finish without closing the file under it (the digest is read after). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void entry(ZipOutputStream zip, String name, FileTime time) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(time);
        zip.putNextEntry(e);
    }

    private static String row(JsonNode n, List<String> columns) {
        List<String> cells = new ArrayList<>(columns.size());
        for (String c : columns) {
            cells.add(ListResponses.cell(n.get(c)));
        }
        return csvLine(cells);
    }

    private static String csvLine(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(ListResponses.quote(cells.get(i) == null ? "" : cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    private String codebookMarkdown(DatasetSpec spec, String version, List<CodebookRow> rows) {
        StringBuilder sb = new StringBuilder("# Codebook: ").append(spec.title()).append(", version ").append(version)
                .append("\n\n").append(spec.description()).append("\n\nCSV files: UTF-8, comma-separated, RFC 4180"
                        + " quoting; lists within a cell are separated by \"; \"; an empty cell is a missing value;"
                        + " a cell that would start a spreadsheet formula is prefixed with '. Texts are in English;"
                        + " the JSON Lines file has every language.\n");
        String file = null;
        for (CodebookRow r : rows) {
            if (!r.file().equals(file)) {
                file = r.file();
                sb.append("\n## ").append(file).append("\n\n| column | type | meaning | allowed values | example |\n")
                        .append("|---|---|---|---|---|\n");
            }
            sb.append("| ").append(md(r.column())).append(" | ").append(md(r.type())).append(" | ")
                    .append(md(r.meaning())).append(" | ").append(md(r.allowedValues())).append(" | ")
                    .append(md(r.example())).append(" |\n");
        }
        return sb.toString();
    }

    private static String md(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static String citationText(DatasetSpec spec, String version, OffsetDateTime date, String citation,
                                       List<Table> tables) {
        StringBuilder sb = new StringBuilder();
        sb.append(spec.title()).append("\n\n").append(spec.description()).append("\n\n");
        sb.append("Version: ").append(version).append("\nDate: ").append(date.toLocalDate()).append("\n\n");
        sb.append("How to cite:\n").append(citation).append("\n\n");
        sb.append("Licence: ").append(LICENCE).append(" (").append(LICENCE_URL).append(").\n")
                .append("You may share and adapt the data, also commercially, if you give credit (the citation above,"
                        + " and the sources each record names) and share what you make from it under the same licence.\n\n");
        sb.append("Files:\n");
        for (Table t : tables) {
            sb.append("  ").append(t.file()).append(t.child() == null ? "  one row per record"
                    : "  one row per element of a record's " + t.child()).append('\n');
        }
        sb.append("  codebook.csv, codebook.md  every column: type, meaning, allowed values, an example\n");
        return sb.toString();
    }

}
