package org.ksrelations.gateway.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * The gateway's part of its merged OpenAPI document (the kit's {@code OpenApiConventions} writes the conventions into
 * every operation): the composite resources' pass-through parts ({@link CompositeResource.SearchResults#groups()},
 * {@link CompositeResource.Overview#latestEvents()}, {@link CompositeResource.About#datasets()}) get the schemas the
 * services declare for them, so that clients get typed models instead of a generic JSON node; and the merged
 * {@code /api/v1/about} keeps the gateway's own tag and shape.
 */
// priority: before the kit's OpenApiConventions (default priority 1; higher runs first), so that the conventions always
// write onto what this filter keeps (getAbout's ETag and 304); with equal priorities the order was left to chance
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 10)
public class GatewayOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            composites(api.getComponents());
        }
        if (api.getPaths() != null) {
            gatewayAbout(api.getPaths().getPathItem("/api/v1/about"));
            gatewayAbout(api.getPaths().getPathItem("/api/v1/datasets"));
            datasetFile(api.getPaths().getPathItem("/api/v1/datasets/{dataset}/{file}"));
            if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
                agreementIncludes(api.getPaths().getPathItem("/api/v1/agreements/{slug}"), api.getComponents());
            }
        }
    }

    /**
     * {@code GET /api/v1/about} is the gateway's composite answer, but every service declares the same path for its own
     * dataset, and the merge of the documents mixes their tags, headers and examples into it: keep the gateway's. The
     * same for {@code GET /api/v1/datasets}, the merged list of every service's downloads.
     */
    static void gatewayAbout(PathItem about) {
        if (about == null || about.getGET() == null) {
            return;
        }
        Operation op = about.getGET();
        op.setTags(List.of("gateway"));
        APIResponse ok = op.getResponses() == null ? null : op.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.setHeaders(null);
            if (ok.getContent() != null) {
                ok.getContent().getMediaTypes().values().forEach(m -> m.setExamples(null));
            }
        }
    }

    /**
     * Every service declares {@code GET /api/v1/datasets/{dataset}/{file}} for its own datasets; the gateway routes
     * each dataset to its service ({@link DatasetDownloads}): one operation for all of them.
     */
    static void datasetFile(PathItem file) {
        if (file == null || file.getGET() == null) {
            return;
        }
        Operation op = file.getGET();
        op.setOperationId("getDatasetFile");
        op.setTags(List.of("gateway"));
        op.setSummary("Download a file of a dataset");
        op.setDescription("A file named in the list of datasets (<dataset>-<version>.zip or .jsonl), streamed from the"
                + " service that owns the dataset (events and actors: events-service; agreements: agreements-service;"
                + " states and memberships: recognition-service). Its ETag is its SHA-256: If-None-Match with it answers"
                + " 304. A file of an older version is a 404 problem that names the current files.");
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                if ("dataset".equals(p.getName())) {
                    p.setDescription("Dataset name: events, actors, agreements, states or memberships");
                    p.setExample("events");
                } else if ("file".equals(p.getName())) {
                    p.setExample("events-2026.11.1-r1764590400123.zip");
                }
            }
        }
    }

    /**
     * The gateway answers {@code getAgreement} itself when {@code include} names parts ({@link AgreementIncludes}):
     * document the parameter, the {@code AgreementEvent} entries and the two properties only that answer carries.
     */
    static void agreementIncludes(PathItem detail, Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        Schema agreement = schemas.get("Agreement");
        if (detail == null || detail.getGET() == null || agreement == null || !schemas.containsKey("Event")) {
            return;
        }
        Operation op = detail.getGET();
        op.addParameter(OASFactory.createParameter().name("include").in(Parameter.In.QUERY)
                .description("Parts of other services to include (through the gateway only): `events` adds the"
                        + " events that link to this agreement (their `relatedAgreements`, the side that owns the link)"
                        + " as `events`, from events-service in the same language. When events-service does not"
                        + " answer, the agreement comes without them and `incomplete` names `events`. An unknown value"
                        + " is a 400 invalid-parameter problem.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("events")))
                .example("events"));
        op.setDescription(op.getDescription() + " With include=events (gateway), also the linked events.");
        Schema event = schemas.get("Event");
        Schema entry = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An event linked to the agreement, as events-service lists it (a projection of Event)");
        for (String f : AgreementIncludes.EVENT_FIELDS.split(",")) {
            Schema p = event.getProperties() == null ? null : event.getProperties().get(f);
            entry.addProperty(f, p != null ? p : OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
        components.addSchema("AgreementEvent", entry);
        agreement.addProperty("events", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                .items(ref("AgreementEvent"))
                .description("Only in the gateway's getAgreement with include=events: the events whose"
                        + " relatedAgreements name this agreement, by date; absent when events-service did not answer"));
        agreement.addProperty("incomplete", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .description("Only in the gateway's getAgreement with include: the included parts whose service did"
                        + " not answer (empty when complete)"));
    }

    /** Typed schemas for what the composite resources pass through from the services. */
    static void composites(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        Schema search = schemas.get("SearchResults");
        if (search != null && schemas.containsKey("Event")) {
            components.addSchema("EventSearchGroup", group("Event", "Events matching q, by relevance"));
            components.addSchema("AgreementSearchGroup", group("Agreement", "Agreements matching q, by relevance"));
            components.addSchema("StateSearchGroup", group("State", "States whose name matches q"));
            components.addSchema("SearchGroups", perService("One group per kind; a group is absent when its service did not answer",
                    new Part("events", "EventSearchGroup", "Events matching q (events-service)"),
                    new Part("agreements", "AgreementSearchGroup", "Agreements matching q (agreements-service)"),
                    new Part("states", "StateSearchGroup", "States matching q (recognition-service)")));
            search.addProperty("groups", ref("SearchGroups").description("The matches, one group per kind of record"));
        }
        Schema overview = schemas.get("Overview");
        if (overview != null && schemas.containsKey("Event")) {
            overview.addProperty("latestEvents", OASFactory.createSchema()
                    .addType(Schema.SchemaType.ARRAY).addType(Schema.SchemaType.NULL)
                    .description("The five latest events (slug, date, datePrecision, title, category); null when"
                            + " events-service did not answer")
                    .items(ref("Event")));
        }
        Schema about = schemas.get("About");
        if (about != null && schemas.containsKey("EventsAbout")) {
            components.addSchema("Datasets", perService("Each service's /about; a service is absent when it did not answer",
                    new Part("events", "EventsAbout", "The events dataset (events-service)"),
                    new Part("agreements", "AgreementsAbout", "The agreements dataset (agreements-service)"),
                    new Part("recognition", "RecognitionAbout", "The recognition dataset (recognition-service)")));
            about.addProperty("datasets", ref("Datasets").description("Each service's dataset identity"));
        }
        if (schemas.containsKey("DatasetDownloads") && schemas.containsKey("DatasetSnapshot")) {
            // the services' own lists (DatasetSnapshotList) are answered by the gateway's merged DatasetDownloads
            components.removeSchema("DatasetSnapshotList");
        }
        if (search != null && overview != null && about != null && schemas.containsKey("EventsAbout")) {
            // the three were its only users
            components.removeSchema("JsonNode");
            components.removeSchema("JsonNodeType");
        }
    }

    private static Schema group(String item, String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description)
                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(ref(item))
                        .description("The best matches as ranked by their service (at most limit)"))
                .addProperty("totalItems", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int64").description("Number of matches in the service"));
    }

    /** A service's part of a composite: the property, the named schema the service declares for it, what it is. */
    record Part(String property, String schema, String description) {
    }

    /** An object of one property a service, each the named schema that service declares. */
    private static Schema perService(String description, Part... parts) {
        Schema object = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
        for (Part p : parts) {
            object.addProperty(p.property(), ref(p.schema()).description(p.description()));
        }
        return object;
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }
}
