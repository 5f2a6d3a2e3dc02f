package org.ksrelations.kit.data;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * Names the dataset operations of {@link DatasetResource} in the service's OpenAPI document, from the service's
 * configuration (at build time, so the stored document carries them):
 * <ul>
 * <li>{@code ksr.datasets.openapi.tag}: the tag of both operations ({@code events});</li>
 * <li>{@code ksr.datasets.openapi.operation-name}: the operation ids are {@code list<name>Datasets} and
 * {@code get<name>DatasetFile} ({@code Events});</li>
 * <li>{@code ksr.datasets.openapi.list-summary}, {@code ksr.datasets.openapi.file-summary}: the summaries;</li>
 * <li>{@code ksr.datasets.openapi.datasets}: what the list holds, the start of its description ({@code The events
 * (with their actors and sources) and the actors, each at its current version});</li>
 * <li>{@code ksr.datasets.openapi.files}: the file names, as the file operation's description gives them
 * ({@code events-<version>.zip or .jsonl, actors-<version>.…});</li>
 * <li>{@code ksr.datasets.openapi.example}: the dataset of the examples ({@code events}).</li>
 * </ul>
 * A service that serves the datasets names them all: the build fails on a missing one.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 10)
public class DatasetOpenApi implements OASFilter {

    static final String PREFIX = "ksr.datasets.openapi.";
    static final String LIST_DESCRIPTION = ": a zip of CSV files with a codebook and a citation, and JSON Lines; with"
            + " size, SHA-256, URL and a ready citation. A write makes a new version; the files of older versions are"
            + " then gone.";
    static final String FILE_DESCRIPTION = ". Its ETag is its SHA-256: If-None-Match with it answers 304. A file of an"
            + " older version is a 404 problem that names the current files.";
    /** The version in the example file name. */
    static final String EXAMPLE_VERSION = "2026.11.1-r1764590400123";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        PathItem list = api.getPaths() == null ? null : api.getPaths().getPathItem(DatasetStore.BASE_PATH);
        PathItem file = api.getPaths() == null ? null : api.getPaths().getPathItem(DatasetStore.BASE_PATH + "/{dataset}/{file}");
        if (list == null || list.getGET() == null || file == null || file.getGET() == null) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        String tag = config.getValue(PREFIX + "tag", String.class);
        String name = config.getValue(PREFIX + "operation-name", String.class);
        String example = config.getValue(PREFIX + "example", String.class);

        list.setGET(named(list.getGET(), tag, "list" + name + "Datasets",
                config.getValue(PREFIX + "list-summary", String.class),
                config.getValue(PREFIX + "datasets", String.class) + LIST_DESCRIPTION));
        file.setGET(named(file.getGET(), tag, "get" + name + "DatasetFile",
                config.getValue(PREFIX + "file-summary", String.class),
                "A file named in the list (" + config.getValue(PREFIX + "files", String.class) + ")" + FILE_DESCRIPTION));
        for (Parameter p : file.getGET().getParameters()) {
            if (p.getIn() == Parameter.In.PATH && "dataset".equals(p.getName())) {
                p.setExample(example);
            } else if (p.getIn() == Parameter.In.PATH && "file".equals(p.getName())) {
                p.setExample(example + "-" + EXAMPLE_VERSION + ".zip");
            }
        }
    }

    /**
     * The operation with the service's names, its members in the order the scanner writes them (summary, description,
     * operation id, tags, then what the annotations gave), so that the stored document, and the gateway's contract merged
     * from it, read as they do where a service declares the operations itself.
     */
    static Operation named(Operation op, String tag, String operationId, String summary, String description) {
        Operation named = OASFactory.createOperation().summary(summary).description(description)
                .operationId(operationId).tags(new ArrayList<>(List.of(tag)));
        if (op.getParameters() != null) {
            named.setParameters(op.getParameters());
        }
        if (op.getRequestBody() != null) {
            named.setRequestBody(op.getRequestBody());
        }
        named.setResponses(op.getResponses());
        if (op.getSecurity() != null) {
            named.setSecurity(op.getSecurity());
        }
        if (op.getExtensions() != null) {
            named.setExtensions(op.getExtensions());
        }
        return named;
    }
}
