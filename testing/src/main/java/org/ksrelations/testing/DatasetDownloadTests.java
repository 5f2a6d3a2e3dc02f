package org.ksrelations.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service kit's versioned dataset downloads ({@code GET /api/v1/datasets} and its files), the same in every
 * service: the list with versions, checksums and citations; each zip opens and holds the CSV files (the main one with
 * the list's CSV columns and one row per record), a codebook row for every column of every CSV file and the citation;
 * the JSON Lines file has one record per line; the bytes' SHA-256 is the listed one and the ETag; If-None-Match
 * answers 304; a write makes a new version with new files and the old names answer 404; unknown names are 404
 * problems. A service's test class extends this and names its datasets.
 */
public abstract class DatasetDownloadTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    private final String table;
    private final Map<String, String> datasets = new LinkedHashMap<>();

    /**
     * {@code table} is a table of the service, written to by a plain SQL statement to make a new version;
     * {@code datasets} the service's datasets in their listed order, each named after the API list whose records it
     * holds ({@code events} → {@code /api/v1/events}).
     */
    protected DatasetDownloadTests(String table, String... datasets) {
        this.table = table;
        for (String name : datasets) {
            this.datasets.put(name, "/api/v1/" + name);
        }
    }

    /** Each dataset's name and the API list whose records it holds. */
    protected final Map<String, String> datasets() {
        return datasets;
    }

    protected final String table() {
        return table;
    }

    /** The key property of each dataset's records (the first column of its child files). */
    protected String key(String dataset) {
        return "slug";
    }

    /**
     * Whether the dataset's main CSV file has the columns of its list's CSV (true unless its records are the API's
     * detail representation, e.g. a state with its acts).
     */
    protected boolean sameColumnsAsList(String dataset) {
        return true;
    }

    protected static JsonPath listing() {
        return given().get("/api/v1/datasets").then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    protected static Map<String, Object> entry(String dataset) {
        Map<String, Object> e = listing().getMap("items.find { it.name == '" + dataset + "' }");
        assertNotNull(e, "the list names dataset " + dataset);
        return e;
    }

    /** The files of the current version's zip of {@code dataset}, by name. */
    protected static Map<String, String> zip(String dataset) throws IOException {
        return unzip(download(file(entry(dataset), "zip")).asByteArray());
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> file(Map<String, Object> entry, String format) {
        for (Map<String, Object> f : (List<Map<String, Object>>) entry.get("files")) {
            if (format.equals(f.get("format"))) {
                return f;
            }
        }
        throw new AssertionError("no " + format + " file in " + entry);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListNamesEveryDatasetWithItsVersionFilesChecksumsAndCitation() {
        JsonPath list = listing();
        assertEquals(List.copyOf(datasets().keySet()), list.getList("items.name"));
        String release = ConfigProvider.getConfig().getValue("ksr.dataset.version", String.class);
        for (String name : datasets().keySet()) {
            Map<String, Object> e = entry(name);
            String version = (String) e.get("version");
            assertTrue(version.matches(java.util.regex.Pattern.quote(release) + "-r\\d+"), version);
            assertNotNull(e.get("title"));
            assertNotNull(e.get("description"));
            String date = ((String) e.get("date")).substring(0, 10);
            String citation = (String) e.get("citation");
            assertTrue(citation.contains(version) && citation.contains(date), citation);
            assertTrue(citation.contains("CC BY-SA 4.0"), citation);
            assertEquals("CC BY-SA 4.0", e.get("licence"));
            List<Map<String, Object>> files = (List<Map<String, Object>>) e.get("files");
            assertEquals(List.of("zip", "jsonl"), files.stream().map(f -> f.get("format")).toList());
            for (Map<String, Object> f : files) {
                String fileName = name + "-" + version + "." + f.get("format");
                assertEquals(fileName, f.get("name"));
                assertEquals("/api/v1/datasets/" + name + "/" + fileName, f.get("url"));
                assertTrue(((Number) f.get("size")).longValue() > 0);
                assertTrue(((String) f.get("sha256")).matches("[0-9a-f]{64}"), (String) f.get("sha256"));
            }
            assertEquals("application/zip", file(e, "zip").get("mediaType"));
            assertEquals("application/jsonl", file(e, "jsonl").get("mediaType"));
        }
    }

    @Test
    void eachZipHoldsTheCsvFilesACodebookRowForEveryColumnAndTheCitation() throws IOException {
        for (Map.Entry<String, String> d : datasets().entrySet()) {
            String name = d.getKey();
            Map<String, Object> entry = entry(name);
            Map<String, Object> zip = file(entry, "zip");
            Response res = download(zip);
            Map<String, String> files = unzip(res.asByteArray());
            assertTrue(files.containsKey(name + ".csv"), files.keySet().toString());
            assertTrue(files.containsKey("codebook.csv") && files.containsKey("codebook.md")
                    && files.containsKey("CITATION.txt"), files.keySet().toString());

            // the records' own file: the list's CSV columns, one row per record
            List<List<String>> main = csv(files.get(name + ".csv"));
            String listHeader = given().get(d.getValue() + "?format=csv&limit=1").then().statusCode(200).extract()
                    .asString().split("\r\n")[0];
            if (sameColumnsAsList(name)) {
                assertEquals(listHeader, String.join(",", main.get(0)), name + ".csv has the list's CSV columns");
            }
            assertEquals(total(d.getValue()), main.size() - 1, name + ".csv has one row per record");

            // child files: the record's key first, and only keys of records of the main file
            Set<String> keys = new HashSet<>();
            int keyAt = main.get(0).indexOf(key(name));
            main.subList(1, main.size()).forEach(r -> keys.add(r.get(keyAt)));
            for (String f : files.keySet()) {
                if (f.startsWith(name + "-") && f.endsWith(".csv")) {
                    List<List<String>> child = csv(files.get(f));
                    for (List<String> row : child.subList(1, child.size())) {
                        assertTrue(keys.contains(row.get(0)), f + " row of an unknown record: " + row);
                    }
                }
            }

            // the codebook: a row for every column of every CSV file, with its type
            List<List<String>> codebook = csv(files.get("codebook.csv"));
            assertEquals(List.of("file", "column", "type", "meaning", "allowed_values", "example"), codebook.get(0));
            Map<String, List<String>> described = new LinkedHashMap<>();
            for (List<String> row : codebook.subList(1, codebook.size())) {
                assertFalse(row.get(2).isBlank(), "a type for " + row);
                described.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(1));
            }
            for (Map.Entry<String, String> f : files.entrySet()) {
                if (f.getKey().endsWith(".csv") && !f.getKey().equals("codebook.csv")) {
                    assertEquals(csv(f.getValue()).get(0), described.get(f.getKey()),
                            "the codebook describes every column of " + f.getKey() + ", in order");
                }
            }
            assertTrue(files.get("codebook.md").contains("| column | type | meaning | allowed values | example |"));
            assertTrue(files.get("CITATION.txt").contains((String) entry.get("citation")));
            assertTrue(files.get("CITATION.txt").contains("CC BY-SA 4.0"));
        }
    }

    @Test
    void theJsonLinesFileHasOneRecordPerLineInEveryLanguage() throws IOException {
        for (Map.Entry<String, String> d : datasets().entrySet()) {
            Map<String, Object> jsonl = file(entry(d.getKey()), "jsonl");
            Response res = download(jsonl);
            String body = res.asString();
            assertTrue(body.isEmpty() || body.endsWith("\n"));
            String[] lines = body.isEmpty() ? new String[0] : body.split("\n");
            assertEquals(total(d.getValue()), lines.length, d.getKey() + ": one line per record of " + d.getValue());
            Set<String> seen = new HashSet<>();
            for (String line : lines) {
                JsonNode n = JSON.readTree(line);
                assertTrue(n.isObject());
                assertTrue(seen.add(n.get(key(d.getKey())).asText()), "each record once");
            }
        }
    }

    @Test
    void aRedownloadWithTheChecksumAsIfNoneMatchIsNotModified() {
        for (String name : datasets().keySet()) {
            for (String format : List.of("zip", "jsonl")) {
                Map<String, Object> f = file(entry(name), format);
                String etag = "\"" + f.get("sha256") + "\"";
                Response again = given().header("If-None-Match", etag).get((String) f.get("url"));
                assertEquals(304, again.statusCode());
                assertEquals(etag, again.header("ETag"));
                assertEquals("", again.asString());
                assertEquals(200, given().header("If-None-Match", "\"other\"").get((String) f.get("url")).statusCode());
            }
        }
    }

    @Test
    void aWriteMakesANewVersionWithNewFilesAndTheOldNamesAreNotFound() throws Exception {
        String name = datasets().keySet().iterator().next();
        Map<String, Object> before = entry(name);
        String oldUrl = (String) file(before, "zip").get("url");
        execute("UPDATE " + table() + " SET version = version WHERE id = (SELECT min(id) FROM " + table() + ")");

        // concurrent first requests for the new version all get the same files
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Map<String, Object>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit((Callable<Map<String, Object>>) () -> entry(name)));
            }
            Map<String, Object> after = answers.get(0).get();
            for (Future<Map<String, Object>> a : answers) {
                assertEquals(after, a.get(), "one build per version");
            }
            assertNotEquals(before.get("version"), after.get("version"));
            Map<String, Object> zip = file(after, "zip");
            assertNotEquals(oldUrl, zip.get("url"));
            download(zip);
            notFound(given().get(oldUrl));
            assertTrue(given().get(oldUrl).jsonPath().getString("detail").contains((String) after.get("version")),
                    "the 404 names the current version");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownDatasetsAndFilesAreNotFoundProblems() {
        String name = datasets().keySet().iterator().next();
        notFound(given().get("/api/v1/datasets/no-such-dataset/no-such-dataset-1.zip"));
        notFound(given().get("/api/v1/datasets/" + name + "/" + name + "-0.0.0-r1.zip"));
        notFound(given().get("/api/v1/datasets/" + name + "/..%2F..%2Fetc%2Fpasswd"));
        notFound(given().get("/api/v1/datasets/%2E%2E/x"));
    }

    private static void notFound(Response r) {
        Problems.assertProblem(r, 404);
        assertEquals("https://ksrelations.org/problems/not-found", r.jsonPath().getString("type"));
    }

    /** Downloads a listed file and checks its headers and that its bytes have the listed size and SHA-256. */
    protected static Response download(Map<String, Object> f) {
        Response res = given().get((String) f.get("url"));
        res.then().statusCode(200);
        byte[] bytes = res.asByteArray();
        assertEquals(((Number) f.get("size")).longValue(), bytes.length);
        assertEquals(f.get("sha256"), sha256(bytes), "the bytes' SHA-256 is the listed one");
        assertEquals("\"" + f.get("sha256") + "\"", res.header("ETag"));
        assertEquals("attachment; filename=\"" + f.get("name") + "\"", res.header("Content-Disposition"));
        assertTrue(res.contentType().startsWith((String) f.get("mediaType")), res.contentType());
        assertEquals("sha-256=:" + java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(
                (String) f.get("sha256"))) + ":", res.header("Repr-Digest"));
        return res;
    }

    protected static long total(String list) {
        return given().get(list + "?includeTotal=true&limit=1").then().statusCode(200).extract().jsonPath()
                .getLong("totalItems");
    }

    protected static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
    protected static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
