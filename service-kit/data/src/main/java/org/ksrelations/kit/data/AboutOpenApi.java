package org.ksrelations.kit.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Names the {@code /api/v1/about} operation of {@link AboutResource} and its schema in the service's OpenAPI document,
 * from the service's configuration (at build time, like {@link DatasetOpenApi}, whose tag and operation name it
 * shares): the operation is {@code get<name>About} ("About the &lt;dataset&gt; dataset"), its schema
 * {@code <name>About} with the dataset ({@code ksr.about.dataset}) as the example of its name and
 * {@code ksr.about.openapi.counts} as what its counts are; {@code ksr.about.openapi.example}, when given, is an example
 * answer (JSON).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 10)
public class AboutOpenApi implements OASFilter {

    static final String SCHEMA = "DatasetAbout";
    static final String REF_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        PathItem about = api.getPaths() == null ? null : api.getPaths().getPathItem("/api/v1/about");
        Schema schema = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? null : api.getComponents().getSchemas().get(SCHEMA);
        if (about == null || about.getGET() == null || schema == null) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        String tag = config.getValue(DatasetOpenApi.PREFIX + "tag", String.class);
        String name = config.getValue(DatasetOpenApi.PREFIX + "operation-name", String.class);
        String dataset = config.getValue("ksr.about.dataset", String.class);

        about.setGET(DatasetOpenApi.named(about.getGET(), tag, "get" + name + "About",
                "About the " + dataset + " dataset", about.getGET().getDescription()));
        api.getComponents().removeSchema(SCHEMA);
        api.getComponents().addSchema(name + "About", schema);
        schema.getProperties().get("dataset").setExamples(List.of(dataset));
        schema.getProperties().get("counts").setDescription(config.getValue("ksr.about.openapi.counts", String.class));
        MediaType json = about.getGET().getResponses().getAPIResponse("200").getContent()
                .getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        json.getSchema().setRef(REF_PREFIX + name + "About");
        config.getOptionalValue("ksr.about.openapi.example", String.class).ifPresent(example ->
                json.addExample("about", OASFactory.createExample().value(parse(example))));
    }

    private static Object parse(String json) {
        try {
            return new ObjectMapper().readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("ksr.about.openapi.example is not a JSON object: " + e.getMessage(), e);
        }
    }
}
