package org.ksrelations.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The helper that ContractAnswersTest relies on, against the committed contract and bodies written here: a body that
 * keeps the contract passes, and each kind of deliberate mismatch is reported with where it is.
 */
class ContractValidatorTest {

    static ContractValidator contract;

    @BeforeAll
    static void read() throws IOException {
        contract = ContractValidator.of(OpenApiContractTest.CONTRACT);
    }

    static void assertReported(List<String> violations, String... fragments) {
        assertTrue(!violations.isEmpty(), "a mismatch was not reported");
        String all = String.join("\n", violations);
        for (String f : fragments) {
            assertTrue(all.contains(f), "expected '" + f + "' in:\n" + all);
        }
    }

    @Test
    void aBodyThatKeepsTheContractHasNoViolation() {
        assertEquals(List.of(), contract.violations("GET", "/api/v1/events", 200, "application/json;charset=UTF-8", """
                {"items": [{"slug": "2008-02-17-kosovo-declares-independence", "date": "2008-02-17", "datePrecision": "DAY",
                  "dateBasis": "STATED", "dateNote": null, "title": "Kosovo declares independence",
                  "summary": {"en": "The Assembly of Kosovo declares independence.", "mk": "Собранието"}, "lang": null,
                  "category": "DECLARATION", "actors": [], "places": ["Pristina"], "tags": [], "relatedAgreements": [],
                  "sources": [{"title": "BBC", "publisher": null, "url": "http://news.bbc.co.uk/", "publishedOn": "2008-02-17",
                    "accessedOn": null, "quote": null}], "updatedAt": "2026-11-30T10:15:30.123+01:00"}],
                 "nextCursor": null}"""));
        assertEquals(List.of(), contract.violations("GET", "/api/v1/events/{slug}", 404, "application/problem+json",
                "{\"type\": \"https://ksrelations.org/problems/not-found\", \"title\": \"Not found\", \"status\": 404,"
                        + " \"detail\": \"no event x\", \"instance\": \"/api/v1/events/x\"}"));
    }

    @Test
    void aWrongTypeAnUnknownEnumValueAndABadDateAreReportedWithTheirPlace() {
        assertReported(contract.violations("GET", "/api/v1/events", 200, "application/json", """
                        {"items": [{"slug": "x", "date": "2008-02-30T00:00", "datePrecision": "WEEK", "title": 7}],
                         "nextCursor": 42}"""),
                "/items/0/date", "/items/0/datePrecision", "/items/0/title", "/nextCursor");
        assertReported(contract.violations("GET", "/api/v1/events/{slug}", 404, "application/problem+json",
                "{\"type\": \"https://ksrelations.org/problems/not-found\", \"title\": \"Not found\", \"status\": \"404\"}"),
                "/status");
    }

    @Test
    void aNullWhereTheSchemaSaysObjectIsReported() {
        // the kind of mismatch a validating proxy once found on the recognitions feed (a null the schema did not allow)
        assertReported(contract.violations("GET", "/api/v1/recognitions/stats", 200, "application/json",
                "{\"groupBy\": \"year\", \"years\": [], \"regions\": null, \"totals\": null}"), "/totals");
    }

    @Test
    void aFieldTheContractDoesNotDescribeIsReported() {
        assertReported(contract.violations("GET", "/api/v1/actors/{slug}", 200, "application/json",
                "{\"actor\": {\"slug\": \"eu\", \"name\": \"European Union\", \"type\": \"ORGANISATION\", \"eventCount\": 1,"
                        + " \"updatedAt\": \"2026-11-30T10:15:30Z\", \"internalId\": 17}, \"events\": []}"),
                "/actor", "internalId");
    }

    @Test
    void anUndeclaredStatusOrMediaTypeIsReported() {
        assertReported(contract.violations("GET", "/api/v1/states/{code}", 418, "application/problem+json", "{}"),
                "status not declared");
        assertReported(contract.violations("GET", "/api/v1/states", 200, "text/plain", "code,name"),
                "media type text/plain not declared");
        assertReported(contract.violations("GET", "/api/v1/nothing", 200, "application/json", "{}"),
                "no such operation");
        assertEquals(List.of(), contract.violations("GET", "/api/v1/states", 200, "text/csv", "code,name\r\n"));
    }

    @Test
    void onlyJsonBodiesAreValidatedAgainstASchema() {
        ContractValidator small = ContractValidator.of("""
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/d": {"get": {"responses": {
                  "200": {"description": "d", "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/D"}},
                    "application/x-ndjson": {"schema": {"type": "string"}}}}}}}},
                 "components": {"schemas": {"D": {"type": "object", "properties": {"n": {"type": "integer"}}}}}}""");
        assertEquals(List.of(), small.violations("GET", "/d", 200, "application/x-ndjson", "{\"n\": 1}\n{\"n\": 2}\n"));
        assertEquals(List.of(), small.violations("GET", "/d", 200, "application/json", "{\"n\": 1}"));
        assertReported(small.violations("GET", "/d", 200, "application/json", "{\"n\": \"one\"}"), "/n");
        assertReported(small.violations("GET", "/d", 200, "application/json", "{\"n\": 1, \"m\": 2}"), "m");
    }
}
