package org.ksrelations.kit.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The seed pass of a resource whose records are known by their slug: a record is inserted when new, updated when its
 * seed record changed and no editor has touched it, and left alone when an editor changed or deleted it (a
 * tombstone). A record whose slug changed lists its old slugs in {@code formerSlugs}: its row is renamed in place
 * (same row, history and version sequence, an editor's content kept), and each old slug stays as an alias that
 * redirects to the new one ({@link SlugAliases}). The seeded rows whose records left the files are retired
 * ({@link SeedRetirement}). The service's loader says how its files are read and how a record maps to its row.
 *
 * @param <I> a seed record: the resource's input, as a write of the API takes it
 * @param <E> the resource's entity, with its public id in {@code slug}
 */
public abstract class SlugSeedPass<I, E extends CuratedEntity> extends SeedPass {

    private static final Logger LOG = Logger.getLogger(SlugSeedPass.class);

    @Inject
    protected SeedRetirement retirement;

    @Inject
    protected SlugAliases aliases;

    @Inject
    protected ObjectMapper mapper;

    @Inject
    protected Validator validator;

    @Inject
    protected EntityManager em;

    /** The slugs each seed record had before a rename ({@code formerSlugs} in the files), by its slug; set by {@link #read}. */
    protected Map<String, List<String>> formerSlugs = Map.of();

    private final Class<E> type;
    private final Supplier<E> newRow;
    private final BiConsumer<E, String> setSlug;
    private final Function<I, String> recordSlug;
    private final String resource;
    private final String table;
    private final String records;

    /**
     * @param type     the resource's entity
     * @param newRow   a new row ({@code Event::new})
     * @param setSlug  gives a row its slug
     * @param recordSlug the slug of a seed record
     * @param resource the resource's name in tombstones and aliases, also the noun of its problems ({@code event})
     * @param table    the resource's table ({@code event})
     * @param records  what the records are called in the log ({@code events})
     */
    protected SlugSeedPass(Class<E> type, Supplier<E> newRow, BiConsumer<E, String> setSlug, Function<I, String> recordSlug,
                           String resource, String table, String records) {
        this.type = type;
        this.newRow = newRow;
        this.setSlug = setSlug;
        this.recordSlug = recordSlug;
        this.resource = resource;
        this.table = table;
        this.records = records;
    }

    /** Reads and checks the seed files, and sets {@link #formerSlugs}. */
    protected abstract List<I> read() throws IOException;

    /** Writes the record's content into the row. */
    protected abstract void apply(E row, I record);

    /** What the log line of a load adds (after the counts), if anything. */
    protected String loadedAlso() {
        return "";
    }

    @Override
    @Transactional
    public Result load() throws IOException {
        List<I> all = read();
        int inserted = 0;
        int updated = 0;
        int kept = 0;
        int renamed = 0;
        for (I in : all) {
            String slug = recordSlug.apply(in);
            String hash = SeedState.hash(mapper, in);
            E existing = find(slug);
            List<String> former = formerSlugs.getOrDefault(slug, List.of());
            if (existing == null) {
                existing = renameFormer(former, slug);
                renamed += existing == null ? 0 : 1;
            }
            if (existing == null) {
                if (Tombstone.exists(resource, slug) || former.stream().anyMatch(f -> Tombstone.exists(resource, f))) {
                    kept++; // an editor deleted it (under this slug or a former one)
                    continue;
                }
                aliases.claim(resource, table, resource, slug);
                existing = newRow.get();
                setSlug.accept(existing, slug);
            }
            switch (SeededRow.upsert(existing, row -> apply(row, in), hash)) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case KEPT -> kept++;
            }
        }
        retirement.retireAllBut(type, resource, all.stream().map(recordSlug).collect(Collectors.toSet()));
        LOG.infof("seed: %d %s read, %d inserted, %d updated, %d unchanged or edited, %d renamed%s",
                all.size(), records, inserted, updated, kept, renamed, loadedAlso());
        return new Result(all.size(), inserted, updated, kept);
    }

    /**
     * The row of the first of {@code former} slugs that still names one, renamed to {@code slug} (its old slug kept as
     * an alias); null when none does.
     */
    private E renameFormer(List<String> former, String slug) {
        for (String old : former) {
            E row = find(old);
            if (row != null) {
                aliases.renamed(resource, old, slug);
                setSlug.accept(row, slug);
                return row;
            }
        }
        return null;
    }

    /** The row called {@code slug}, or null. */
    private E find(String slug) {
        return em.createQuery("from " + type.getSimpleName() + " where slug = ?1", type).setParameter(1, slug)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /**
     * The records of the seed file {@code path}, a JSON array read with {@code strict}; the {@code formerSlugs} of each
     * are taken out of it into {@code former} ({@link SeedState#takeFormerSlugs}).
     */
    protected static <T> List<T> readFile(ObjectMapper strict, String path, TypeReference<List<T>> type,
                                          Map<String, List<String>> former) throws IOException {
        try (InputStream is = SeedState.resource(path)) {
            JsonNode tree = strict.readTree(is);
            former.putAll(SeedState.takeFormerSlugs(tree));
            return strict.readerFor(type).readValue(tree);
        }
    }

    /** What a load did. */
    public record Result(int read, int inserted, int updated, int kept) {
    }
}
