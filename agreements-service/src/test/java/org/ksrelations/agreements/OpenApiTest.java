package org.ksrelations.agreements;

import org.ksrelations.kit.dates.DatePrecision;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.ManagementInterface;

import java.net.URL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated OpenAPI document: operation ids, tags, examples, schemas; plus health and metrics. */
@QuarkusTest
class OpenApiTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    static final Set<String> OPERATIONS = Set.of("listAgreements", "getAgreement", "createAgreement", "replaceAgreement",
            "patchAgreement", "deleteAgreement", "listAgreementProvisions", "createAgreementProvision",
            "replaceAgreementProvision", "deleteAgreementProvision", "listAgreementMilestones",
            "createAgreementMilestone", "deleteAgreementMilestone", "listAllMilestones", "listAgreementChanges",
            "getAgreementsAbout", "listAgreementsDatasets", "getAgreementsDatasetFile");

    @SuppressWarnings("unchecked")
    @Test
    void everyOperationHasItsIdTagSummaryAndAnExample() {
        JsonPath doc = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                Map<String, Object> o = op.getValue();
                String id = (String) o.get("operationId");
                ids.add(id);
                String where = op.getKey() + " " + path.getKey();
                if (!List.of("agreements").equals(o.get("tags"))) {
                    problems.add(where + ": tags " + o.get("tags"));
                }
                if (o.get("summary") == null) {
                    problems.add(where + ": no summary");
                }
                if (!o.toString().contains("example")) {
                    problems.add(where + ": no example");
                }
                Map<String, Object> responses = (Map<String, Object>) o.get("responses");
                boolean writes = !op.getKey().equals("get");
                if (writes && (!responses.containsKey("401") || !responses.containsKey("403") || o.get("security") == null)) {
                    problems.add(where + ": write without 401/403/security");
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(OPERATIONS, ids);
    }

    @Test
    void schemasAreNamedAndNullablesMarked() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.keySet()", hasItems("Agreement", "AgreementInput", "AgreementPage",
                        "AgreementStatus", "AgreementKind", "AgreementStage", "AgreementProcess", "AgreementMilestoneType",
                        "ProvisionImplementationStatus", "AgreementProvision", "AgreementMilestone",
                        "AgreementMilestoneTimelineItem", "AgreementMilestoneTimelinePage", "AgreementChangePage",
                        "AgreementsAbout", "Problem", "FieldError", "Source", "LocalizedText", "DatePrecision", "ChangeKind"))
                .body("components.schemas.AgreementStatus.enum", hasItem("RATIFIED"))
                // OpenAPI 3.1: nullable is a "null" type
                .body("components.schemas.AgreementMilestone.properties.date.type", hasItem("null"))
                .body("components.schemas.Agreement.properties.proposedOn.type", hasItem("null"))
                .body("components.schemas.Agreement.properties.proposedOnPrecision.anyOf.type", hasItem("null"))
                .body("components.schemas.AgreementMilestoneTimelineItem.properties.date.type", equalTo("string"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/agreements'.get.parameters.name", hasItems("status", "kind", "facilitator",
                        "party", "topic", "from", "to", "q", "sort", "limit", "cursor", "includeTotal", "updatedSince",
                        "fields", "lang"));
    }

    @Test
    void healthAndMetricsAreServed() {
        String management = ManagementInterface.base(this.management);
        given().baseUri(management).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        // a request of its own, so that the request metric exists whichever test ran before
        given().when().get("/api/v1/agreements?limit=1").then().statusCode(200);
        given().baseUri(management).when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"))
                .body(containsString("uri=\"/api/v1/agreements\""));
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() {
        ManagementInterface.assertHealthAndMetricsOnlyThere(management);
    }
}
