package org.ksrelations.kit.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.ksrelations.kit.api.Conditional;
import org.ksrelations.kit.api.ListResponses;
import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.datasets.DatasetCatalog;
import org.ksrelations.kit.datasets.DatasetFormat;
import org.ksrelations.kit.datasets.DatasetSnapshot;
import org.ksrelations.kit.datasets.DatasetSpec;
import org.ksrelations.kit.datasets.DatasetWriter;
import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.problem.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The versioned downloads of a service's datasets ({@code GET /api/v1/datasets} and its files), built once per
 * dataset version into files on disk and served from there.
 * <p>
 * The version is the release of the data ({@code ksr.dataset.version}) and the database's {@code dataset_version}
 * counter, which every write increases in its own transaction: {@code 2026.11.1-r1764590400123}. A request for a
 * dataset whose files are not at the current version builds them, one build per dataset at a time (concurrent first
 * requests wait for it and share it), in one read-only REPEATABLE READ transaction, so every file of a version shows
 * the same state of the database, whatever is written meanwhile; the records are streamed through the writer page by
 * page, never held together. The files of older versions are deleted once a newer one is built; a file name of an
 * older version is then a 404 problem that names the current files.
 * <p>
 * Files live in {@code ksr.datasets.dir}, one folder per dataset; without it, in a temporary folder of the process
 * that is removed at shutdown (they are rebuilt on demand).
 */
@Singleton
public class DatasetStore {

    private static final Logger LOG = Logger.getLogger(DatasetStore.class);
    public static final String BASE_PATH = "/api/v1/datasets";
    /** The downloads never change under their name (it carries the version). */
    static final String FILE_CACHE_CONTROL = "public, max-age=86400, immutable";

    @Inject
    Instance<DatasetCatalog> catalog;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "ksr.dataset.version", defaultValue = "unversioned")
    String release;

    @ConfigProperty(name = "ksr.datasets.dir")
    Optional<String> configuredDir;

    /** The longest a build may take (its transaction's timeout), in seconds. */
    @ConfigProperty(name = "ksr.datasets.build-timeout", defaultValue = "3600")
    int buildTimeout;

    @ConfigProperty(name = "ksr.datasets.publisher", defaultValue = "Kosovo–Serbia Relations API")
    String publisher;

    private volatile Path root;
    private boolean ownRoot;
    private volatile DatasetWriter writer;
    private final ConcurrentHashMap<String, Built> current = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    /** A built snapshot of one dataset. */
    public record Built(DatasetSpec spec, String version, OffsetDateTime date, String citation, List<File> files) {

        public DatasetSnapshot view() {
            return new DatasetSnapshot(spec.name(), spec.title(), spec.description(), version, date,
                    DatasetWriter.LICENCE, citation, files.stream().map(File::view).toList());
        }

        File file(String name) {
            return files.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
        }
    }

    /** A built file. */
    public record File(String name, DatasetFormat format, String mediaType, Path path, long size, String sha256,
                       String url) {

        DatasetSnapshot.DatasetFile view() {
            return new DatasetSnapshot.DatasetFile(name, format, mediaType, size, sha256, url);
        }
    }

    /** Every dataset of the service at the current version (built where needed). */
    public DatasetSnapshot.Listing listing() {
        List<DatasetSnapshot> out = new ArrayList<>();
        for (DatasetSpec spec : specs()) {
            out.add(snapshot(spec).view());
        }
        return new DatasetSnapshot.Listing(out);
    }

    /** The answer of {@code GET /api/v1/datasets}. */
    public Response listResponse() {
        return Response.ok(listing(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, ListResponses.CACHE_CONTROL).build();
    }

    /**
     * The answer of {@code GET /api/v1/datasets/{dataset}/{file}}: the file (with its checksum as ETag and
     * {@code Repr-Digest}), 304 when {@code If-None-Match} names it, a 404 problem for an unknown dataset or a file
     * that is not one of its current version's.
     */
    public Response fileResponse(String dataset, String fileName, String ifNoneMatch) {
        DatasetSpec spec = Slugs.valid(dataset) ? find(dataset) : null;
        if (spec == null) {
            throw ProblemException.notFound("dataset", clip(dataset));
        }
        Built built = snapshot(spec);
        File f = built.file(fileName);
        if (f == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "file '" + clip(fileName) + "' is not a download of"
                    + " dataset '" + spec.name() + "': its current version is " + built.version() + " ("
                    + String.join(", ", built.files().stream().map(File::name).toList()) + ")", null);
        }
        EntityTag tag = new EntityTag(f.sha256());
        if (ifNoneMatch != null && Conditional.matches(ifNoneMatch, tag.toString())) {
            return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, FILE_CACHE_CONTROL).build();
        }
        InputStream in;
        try {
            in = Files.newInputStream(f.path()); // open now: a newer version's build may delete the name meanwhile
        } catch (NoSuchFileException e) {
            throw new ProblemException(ProblemType.NOT_FOUND, "file '" + f.name() + "' was replaced by a newer"
                    + " version of dataset '" + spec.name() + "'", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(in, f.mediaType())
                .tag(tag)
                .header(HttpHeaders.CONTENT_LENGTH, f.size())
                .header("Content-Disposition", "attachment; filename=\"" + f.name() + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(f.sha256())) + ":")
                .header(HttpHeaders.CACHE_CONTROL, FILE_CACHE_CONTROL)
                .build();
    }

    public DatasetSpec find(String name) {
        for (DatasetSpec s : specs()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    private List<DatasetSpec> specs() {
        List<DatasetSpec> out = new ArrayList<>();
        catalog.forEach(c -> out.addAll(c.datasets()));
        return out;
    }

    /** The dataset's files at the current version, built now if they are not. */
    public Built snapshot(DatasetSpec spec) {
        String version = version(currentRevision());
        Built b = current.get(spec.name());
        if (b != null && b.version().equals(version)) {
            return b;
        }
        synchronized (locks.computeIfAbsent(spec.name(), k -> new Object())) {
            b = current.get(spec.name());
            if (b != null && b.version().equals(version)) {
                return b; // built by the request we waited for
            }
            Built built = build(spec);
            current.put(spec.name(), built);
            clean(spec, built);
            return built;
        }
    }

    private Built build(DatasetSpec spec) {
        return QuarkusTransaction.requiringNew().timeout(buildTimeout).call(() -> {
            long[] revision = new long[1];
            OffsetDateTime[] date = new OffsetDateTime[1];
            em.unwrap(Session.class).doWork(c -> {
                try (Statement st = c.createStatement()) {
                    // first statement of the transaction: every page read below sees the same snapshot
                    st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT version, changed_at FROM dataset_version");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    revision[0] = rs.getLong(1);
                    date[0] = rs.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
                }
            });
            String version = version(revision[0]);
            String citation = citation(spec, version, date[0]);
            Path dir = dir(spec);
            List<File> files = new ArrayList<>();
            String base = spec.name() + "-" + version;
            files.add(write(dir, base + ".zip", DatasetFormat.zip, DatasetWriter.ZIP_TYPE, spec,
                    target -> writer().zip(spec, version, date[0], citation, target)));
            files.add(write(dir, base + ".jsonl", DatasetFormat.jsonl, DatasetWriter.JSONL_TYPE, spec,
                    target -> writer().jsonLines(spec, target)));
            LOG.infof("dataset %s version %s built: %s", spec.name(), version,
                    String.join(", ", files.stream().map(f -> f.name() + " " + f.size() + " bytes").toList()));
            return new Built(spec, version, date[0], citation, List.copyOf(files));
        });
    }

    @FunctionalInterface
    interface Writing {
        DatasetWriter.Written to(Path target);
    }

    private File write(Path dir, String name, DatasetFormat format, String mediaType, DatasetSpec spec, Writing writing) {
        Path part = dir.resolve("." + name + "." + UUID.randomUUID() + ".part");
        try {
            DatasetWriter.Written w = writing.to(part);
            Path target = dir.resolve(name);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new File(name, format, mediaType, target, w.size(), w.sha256(),
                    BASE_PATH + "/" + spec.name() + "/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.debugf("could not delete %s: %s", part, e.getMessage());
            }
        }
    }

    /** Deletes the files of the dataset's other versions (an open download keeps reading its file). */
    private void clean(DatasetSpec spec, Built built) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir(spec))) {
            for (Path p : files) {
                String n = p.getFileName().toString();
                if (built.file(n) == null && !n.endsWith(".part")) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.warnf("could not clean the older files of dataset %s: %s", spec.name(), e.getMessage());
        }
    }

    /** {@code <publisher> (<year>). <title>, version <version> (<date>) [dataset]. <licence>.} */
    String citation(DatasetSpec spec, String version, OffsetDateTime date) {
        return publisher + " (" + date.getYear() + "). " + spec.title() + ", version " + version + " ("
                + date.toLocalDate() + ") [dataset]. " + DatasetWriter.LICENCE + ", " + DatasetWriter.LICENCE_URL;
    }

    /** The version of the data: the release and the database's revision, URL- and file-name-safe. */
    String version(long revision) {
        return release.replaceAll("[^A-Za-z0-9._-]", "_") + "-r" + revision;
    }

    long currentRevision() {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) em
                .createNativeQuery("SELECT version FROM dataset_version").getSingleResult()).longValue());
    }

    private DatasetWriter writer() {
        if (writer == null) {
            JsonNode doc = DatasetWriter.applicationOpenApi(mapper);
            writer = new DatasetWriter(mapper, doc);
        }
        return writer;
    }

    private Path dir(DatasetSpec spec) throws IOException {
        if (root == null) {
            synchronized (this) {
                if (root == null) {
                    if (configuredDir.isPresent() && !configuredDir.get().isBlank()) {
                        root = Files.createDirectories(Path.of(configuredDir.get()));
                    } else {
                        root = Files.createTempDirectory("ksr-datasets-");
                        ownRoot = true;
                    }
                }
            }
        }
        return Files.createDirectories(root.resolve(spec.name()));
    }

    /** A folder made for this process goes with it. */
    void removeOwnFolder(@Observes ShutdownEvent ev) {
        if (ownRoot && root != null) {
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        LOG.debugf("could not delete %s: %s", p, e.getMessage());
                    }
                });
            } catch (IOException e) {
                LOG.debugf("could not remove %s: %s", root, e.getMessage());
            }
        }
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
