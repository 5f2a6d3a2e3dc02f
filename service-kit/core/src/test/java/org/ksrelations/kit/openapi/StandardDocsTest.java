package org.ksrelations.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unit tests of what the OpenAPI conventions write for operations of a kind (no Quarkus). */
class StandardDocsTest {

    private static Parameter query(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    @Test
    void standardQueryParametersGetTheirWordsAndSchemaButKeepTheResourcesOwn() {
        Parameter limit = query("limit").example("50");
        Parameter cursor = query("cursor");
        Parameter since = query("since");
        Parameter ownLang = query("lang").description("Language of titles").example("en");
        Parameter other = query("q");
        Operation op = OASFactory.createOperation().parameters(List.of(limit, cursor, since, ownLang, other));

        StandardDocs.apply(PathItem.HttpMethod.GET, op);

        assertEquals("Page size, 1–500", limit.getDescription());
        assertEquals(List.of(Schema.SchemaType.INTEGER), limit.getSchema().getType());
        assertEquals(BigDecimal.valueOf(500), limit.getSchema().getMaximum());
        assertEquals(50, limit.getExample()); // the resource's example, as the integer the schema takes
        assertEquals("Opaque cursor from nextCursor", cursor.getDescription());
        assertEquals("2026-01-01T00:00:00Z", since.getExample());
        assertEquals("Language of titles", ownLang.getDescription());
        assertNull(other.getDescription());
    }

    @Test
    void theDateRangeParametersGetTheWordsOfTheKitsDateRangeButKeepTheResourcesOwn() {
        Parameter from = query("from").example("2013");
        Parameter to = query("to").example("2013-12-31");
        Parameter ownFrom = query("from").description("Earliest main date (inclusive): YYYY-MM-DD, YYYY-MM or YYYY");
        Operation list = OASFactory.createOperation().parameters(List.of(from, to));
        Operation own = OASFactory.createOperation().parameters(List.of(ownFrom));

        StandardDocs.apply(PathItem.HttpMethod.GET, list);
        StandardDocs.apply(PathItem.HttpMethod.GET, own);

        assertEquals("Earliest date (inclusive): YYYY-MM-DD, YYYY-MM or YYYY", from.getDescription());
        assertEquals("Latest date (inclusive): YYYY-MM-DD, YYYY-MM or YYYY", to.getDescription());
        assertEquals("2013", from.getExample());
        assertEquals("2013-12-31", to.getExample());
        assertEquals(List.of(Schema.SchemaType.STRING), from.getSchema().getType());
        assertEquals("Earliest main date (inclusive): YYYY-MM-DD, YYYY-MM or YYYY", ownFrom.getDescription());
        assertNull(ownFrom.getExample());
    }

    @Test
    void aWriteAnswersWithItsEtagAndACreationWithItsLocation() {
        Operation create = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("201", OASFactory.createAPIResponse().description("Created")));
        Operation replace = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("Replaced")));

        StandardDocs.apply(PathItem.HttpMethod.POST, create);
        StandardDocs.apply(PathItem.HttpMethod.PUT, replace);

        assertTrue(create.getResponses().getAPIResponse("201").getHeaders().keySet().containsAll(List.of("ETag", "Location")));
        assertEquals(List.of("ETag"), List.copyOf(replace.getResponses().getAPIResponse("200").getHeaders().keySet()));
    }

    @Test
    void aReadWhoseEtagIsNamedAnswersNotModifiedAndOthersAreLeftToTheGeneralRule() {
        Operation record = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("The event")
                        .addHeader("ETag", OASFactory.createHeader().description("Version of the event"))));
        Operation list = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("A page")));

        StandardDocs.apply(PathItem.HttpMethod.GET, record);
        StandardDocs.apply(PathItem.HttpMethod.GET, list);

        assertEquals("Not modified", record.getResponses().getAPIResponse("304").getDescription());
        assertNull(list.getResponses().getAPIResponse("304"));
    }

    @Test
    void aRecordReadThatSaysNothingElseIsDescribedAsAConditionalRead() {
        Operation record = OASFactory.createOperation().summary("Get one event").responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("The event")
                        .addHeader("ETag", OASFactory.createHeader().description("Version of the event"))));
        Operation own = OASFactory.createOperation().description("With its provisions.").responses(
                OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("The agreement").addHeader("ETag", OASFactory.createHeader())));
        Operation list = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("A page")));

        StandardDocs.apply(PathItem.HttpMethod.GET, record);
        StandardDocs.apply(PathItem.HttpMethod.GET, own);
        StandardDocs.apply(PathItem.HttpMethod.GET, list);

        assertEquals("With ETag; If-None-Match answers 304 when unchanged.", record.getDescription());
        assertEquals("With its provisions.", own.getDescription());
        assertNull(list.getDescription());
    }

    @Test
    void theBearerRequirementNamesNoScopes() {
        Operation op = OASFactory.createOperation().addSecurityRequirement(
                OASFactory.createSecurityRequirement().addScheme(StandardDocs.BEARER, List.of("editor")));

        StandardDocs.apply(PathItem.HttpMethod.DELETE, op);

        assertEquals(List.of(), op.getSecurity().get(0).getScheme(StandardDocs.BEARER));
    }

    @Test
    void aListThatTakesFieldsAnswersCsvTooUnlessItSaysHowItself() {
        Operation list = OASFactory.createOperation().parameters(List.of(query("fields")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()))));
        Operation own = OASFactory.createOperation().parameters(List.of(query("fields")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .content(OASFactory.createContent().addMediaType("text/csv", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("own"))))));
        Operation one = OASFactory.createOperation().parameters(List.of(query("lang")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()));

        StandardDocs.apply(PathItem.HttpMethod.GET, list);
        StandardDocs.apply(PathItem.HttpMethod.GET, own);
        StandardDocs.apply(PathItem.HttpMethod.GET, one);

        var content = list.getResponses().getAPIResponse("200").getContent().getMediaTypes();
        assertEquals(List.of("application/json", "text/csv"), List.copyOf(content.keySet()));
        assertEquals(List.of(Schema.SchemaType.STRING), content.get("text/csv").getSchema().getType());
        assertEquals("own", own.getResponses().getAPIResponse("200").getContent().getMediaType("text/csv").getSchema()
                .getDescription());
        assertNull(one.getResponses().getAPIResponse("200").getContent());
    }

    @Test
    void aPagedCsvListDocumentsItsNextPageLinkAndItsDownloadNameKeepingAHeaderItNamesItself() {
        Operation list = OASFactory.createOperation().parameters(List.of(query("fields"), query("cursor")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()));
        Operation own = OASFactory.createOperation().parameters(List.of(query("fields"), query("cursor")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .addHeader("Link", OASFactory.createHeader().description("own"))));
        Operation whole = OASFactory.createOperation().parameters(List.of(query("fields")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()));
        Operation notCsv = OASFactory.createOperation().parameters(List.of(query("cursor")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()));

        for (Operation op : List.of(list, own, whole, notCsv)) {
            StandardDocs.apply(PathItem.HttpMethod.GET, op);
            OpenApiConventions.csvList(op);
        }

        var headers = list.getResponses().getAPIResponse("200").getHeaders();
        assertEquals("<…>; rel=\"next\" when there is a next page", headers.get("Link").getDescription());
        assertEquals(List.of(Schema.SchemaType.STRING), headers.get("Link").getSchema().getType());
        assertTrue(headers.get("Content-Disposition").getDescription().startsWith("With CSV: attachment"));
        assertEquals("own", own.getResponses().getAPIResponse("200").getHeaders().get("Link").getDescription());
        var wholeHeaders = whole.getResponses().getAPIResponse("200").getHeaders();
        assertTrue(wholeHeaders.containsKey("Content-Disposition"));
        assertNull(wholeHeaders.get("Link"), "a CSV list answered whole (no cursor) has no next page");
        assertNull(notCsv.getResponses().getAPIResponse("200").getHeaders(), "a page that is not a CSV list (a changes feed) names none");
    }
}
