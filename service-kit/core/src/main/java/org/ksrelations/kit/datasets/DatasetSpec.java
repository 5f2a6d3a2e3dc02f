package org.ksrelations.kit.datasets;

import org.ksrelations.kit.api.Lang;

import java.util.List;
import java.util.function.Consumer;

/**
 * One downloadable dataset of a service: what it is called and how its records are streamed. Everything else (the
 * files, their columns, the codebook, the checksum, the citation) is derived by the kit.
 *
 * @param name        the dataset's name in URLs and file names ({@code events})
 * @param title       a short title ({@code Events of Kosovo–Serbia relations})
 * @param description what one record is and what comes with it
 * @param schema      the OpenAPI schema of one record ({@code Event}): its properties are the columns of the main CSV
 *                    file, in the same order as the list's CSV, and the codebook's rows
 * @param key         the property that identifies a record ({@code slug}); child files carry it as their first column
 * @param keyColumn   that column's name in the child files ({@code event})
 * @param children    array properties written in full as their own CSV file, one row per element with the key
 *                    ({@code actors} → {@code events-actors.csv})
 * @param records     the records, each as the API serves it, in a stable order
 */
public record DatasetSpec(String name, String title, String description, String schema, String key, String keyColumn,
                          List<String> children, Records records) {

    /** Streams every record, as the API's own representation in language {@code lang}, page by page. */
    @FunctionalInterface
    public interface Records {
        void forEach(Lang lang, Consumer<Object> sink);
    }
}
