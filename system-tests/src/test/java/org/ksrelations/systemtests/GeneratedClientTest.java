package org.ksrelations.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ksrelations.client.ApiClient;
import org.ksrelations.client.ApiException;
import org.ksrelations.client.ApiResponse;
import org.ksrelations.client.api.AgreementsApi;
import org.ksrelations.client.api.EventsApi;
import org.ksrelations.client.api.GatewayApi;
import org.ksrelations.client.api.RecognitionsApi;
import org.ksrelations.client.api.StatesApi;
import org.ksrelations.client.model.Agreement;
import org.ksrelations.client.model.AgreementPage;
import org.ksrelations.client.model.AgreementStatus;
import org.ksrelations.client.model.Category;
import org.ksrelations.client.model.DatePrecision;
import org.ksrelations.client.model.Event;
import org.ksrelations.client.model.EventInput;
import org.ksrelations.client.model.EventPage;
import org.ksrelations.client.model.LocalizedText;
import org.ksrelations.client.model.Problem;
import org.ksrelations.client.model.RecognitionStats;
import org.ksrelations.client.model.SearchResults;
import org.ksrelations.client.model.Source;
import org.ksrelations.client.model.Stance;
import org.ksrelations.client.model.StateDetail;
import org.ksrelations.client.model.StatePage;
import org.ksrelations.client.model.TimelineItem;
import org.ksrelations.client.model.TimelinePage;
import org.ksrelations.launcher.Suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java client that openapi-generator made from the gateway's merged OpenAPI document during this build
 * (system-tests' pom), used against the packaged suite: if the document stops producing a client that compiles and
 * talks to the real API, the build fails here.
 */
class GeneratedClientTest {

    static Suite suite;

    static ApiClient client;

    @BeforeAll
    static void start() throws IOException {
        Path data = Files.createTempDirectory("ksr-client");
        suite = SystemSuite.create(data);
        try {
            suite.startAll(Duration.ofSeconds(180));
        } catch (RuntimeException e) {
            SystemSuite.stop(suite);
            throw e;
        }
        client = new ApiClient();
        client.updateBaseUri(suite.app("gateway").baseUrl());
        client.setReadTimeout(Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() {
        SystemSuite.stop(suite);
    }

    /** A client whose requests carry an editor's bearer token. */
    static ApiClient editorClient() {
        String token = suite.keys().token("client-test", Set.of("editor"), Duration.ofMinutes(10));
        ApiClient c = new ApiClient();
        c.updateBaseUri(suite.app("gateway").baseUrl());
        c.setReadTimeout(Duration.ofSeconds(15));
        c.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        return c;
    }

    static Problem problem(ApiException e) throws IOException {
        return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    /**
     * The contract check: the document the gateway serves is the one committed in openapi/, so that any change to
     * the API shows up as a diff in review. After an intended change, run
     * {@code ./mvnw verify -pl system-tests -Dksr.openapi.update=true} (or copy target/openapi/served.json over it).
     */
    @Test
    void theGatewayServesTheCommittedContract() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(suite.app("gateway").baseUrl() + "/q/openapi?format=json"))
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        ObjectMapper json = new ObjectMapper();
        JsonNode served = json.readTree(r.body());
        String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n";
        Path out = Path.of("target", "openapi", "served.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, pretty);
        Path committed = OpenApiContractTest.CONTRACT;
        if (Boolean.getBoolean("ksr.openapi.update")) {
            Files.writeString(committed, pretty);
        }
        JsonNode expected = json.readTree(committed.toFile());
        List<String> differences = new ArrayList<>();
        diff("", expected, served, differences);
        assertTrue(differences.isEmpty(), "The served OpenAPI document differs from " + committed.normalize()
                + " at " + differences.subList(0, Math.min(20, differences.size()))
                + ". Review `diff openapi/ksrelations-api.json system-tests/target/openapi/served.json`; if the change is"
                + " intended, commit it: ./mvnw verify -pl system-tests -Dksr.openapi.update=true");
    }

    static void diff(String at, JsonNode a, JsonNode b, List<String> out) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            out.add(at.isEmpty() ? "/" : at);
            return;
        }
        if (a.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                diff(at + "/" + n.replace("~", "~0").replace("/", "~1"), a.get(n), b.get(n), out);
            }
        } else if (a.isArray()) {
            if (a.size() != b.size()) {
                out.add(at);
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                diff(at + "/" + i, a.get(i), b.get(i), out);
            }
        } else if (!a.equals(b)) {
            out.add(at);
        }
    }

    /** The TypeScript client generated from the same document, compiled by npm in this build, run with Node.js. */
    @Test
    void theGeneratedTypeScriptClientWorksAgainstTheSuite() throws Exception {
        Path script = Path.of("target", "typescript-dist", "typescript", "usage.js");
        Assumptions.assumeTrue(Files.exists(script), "TypeScript client not built (-Dksr.typescript.skip)");
        Process node = new ProcessBuilder("node", script.toString(), suite.app("gateway").baseUrl())
                .redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes());
        assertTrue(node.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, node.exitValue(), output);
        assertTrue(output.contains("typescript client ok"), output);
    }

    @Test
    void listsAndFiltersEventsIntoTypedModels() throws ApiException {
        EventPage page = new EventsApi(client).listEvents(null, null, List.of(Category.AGREEMENT), null, null, null,
                "2013", true, "en", 50, null, null, "date", null, "2013", null, null, null);
        assertFalse(page.getItems().isEmpty());
        assertNotNull(page.getTotalItems());
        for (Event e : page.getItems()) {
            assertEquals(Category.AGREEMENT, e.getCategory());
            assertEquals(2013, e.getDate().getYear());
            assertInstanceOf(String.class, e.getTitle().getActualInstance(), "with lang=en a title is a string");
        }
        assertTrue(page.getItems().stream().anyMatch(e -> e.getSlug().equals("2013-04-19-brussels-agreement-reached")));
    }

    @Test
    void pagesThroughEveryEventWithTheCursor() throws ApiException {
        EventsApi events = new EventsApi(client);
        long total = events.listEvents(null, null, null, null, null, null, null, true, null, 1, null, null, null, null, null,
                null, null, null).getTotalItems();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        LocalDate previous = LocalDate.MIN;
        int pages = 0;
        do {
            EventPage page = events.listEvents(null, null, null, cursor, null, null, null, null, null, 25, null, null,
                    "date", null, null, null, null, null);
            for (Event e : page.getItems()) {
                assertTrue(seen.add(e.getSlug()), "no event twice: " + e.getSlug());
                assertFalse(e.getDate().isBefore(previous), "date order");
                previous = e.getDate();
            }
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null && pages < 100);
        assertNull(cursor);
        assertEquals(total, seen.size());
        assertTrue(pages > 1);
    }

    @Test
    void fetchesOneRecordOfEachServiceById() throws ApiException {
        Event e = new EventsApi(client).getEvent("2008-02-17-kosovo-declares-independence", "all");
        LocalizedText title = e.getTitle().getLocalizedText();
        assertNotNull(title.getEn());
        assertNotNull(title.getMk(), "the Macedonian article tells this event too");

        Agreement a = new AgreementsApi(client).getAgreement("2013-04-19-brussels-agreement", "en", null);
        assertEquals("2013-04-19-brussels-agreement", a.getSlug());
        assertNotNull(a.getStatus());

        StateDetail us = new StatesApi(client).getState("US");
        assertEquals(Stance.RECOGNIZES, us.getStance());
        assertFalse(us.getActs().isEmpty());
    }

    @Test
    void readsEnumFiltersStatsAndTheCompositeResources() throws ApiException {
        AgreementPage ratified = new AgreementsApi(client).listAgreements(null, null, null, null, null, true, null, null,
                null, null, null, null, null, null, List.of(AgreementStatus.RATIFIED), null, null, null, null, null);
        assertTrue(ratified.getItems().stream().allMatch(x -> x.getStatus() == AgreementStatus.RATIFIED));

        StatePage recognizing = new StatesApi(client).listStates(null, null, true, 1, null, null, null,
                List.of(Stance.RECOGNIZES), null, null, null, null);
        assertTrue(recognizing.getTotalItems() > 50);

        RecognitionStats stats = new RecognitionsApi(client).getRecognitionStats(null);
        assertNotNull(stats);

        TimelinePage timeline = new GatewayApi(client).getTimeline(null, "2013-01-01", null, "en", 20, "2013-12-31");
        assertFalse(timeline.getItems().isEmpty());
        assertTrue(timeline.getIncomplete().isEmpty());
        List<LocalDate> dates = new ArrayList<>();
        for (TimelineItem item : timeline.getItems()) {
            dates.add(item.getDate());
            assertNotNull(item.getKind());
        }
        assertEquals(dates.stream().sorted().toList(), dates);

        SearchResults found = new GatewayApi(client).search("brussels", "en", 5);
        assertFalse(found.getGroups().getEvents().getItems().isEmpty());
        assertFalse(found.getGroups().getAgreements().getItems().isEmpty());
    }

    @Test
    void writesWithATokenAndConditionalRequests() throws ApiException, IOException {
        EventsApi events = new EventsApi(editorClient());
        String slug = "2026-11-23-client-test-" + UUID.randomUUID().toString().substring(0, 8);
        EventInput input = new EventInput().slug(slug).date(LocalDate.of(2026, 11, 23))
                .datePrecision(DatePrecision.DAY).category(Category.DIPLOMACY)
                .title(new LocalizedText().en("Written by the generated client"))
                .summary(new LocalizedText().en("An event created, patched and deleted through the generated Java client."))
                .addTagsItem("client-test")
                .addSourcesItem(new Source().title("Generated client test").publisher("ksrelations system-tests"));
        ApiResponse<Event> created = events.createEventWithHttpInfo(input);
        assertEquals(201, created.getStatusCode());
        assertEquals(slug, created.getData().getSlug());

        ApiResponse<Event> read = events.getEventWithHttpInfo(slug, "en");
        String etag = read.getHeaders().get("ETag").get(0);
        Event patched = events.patchEvent(slug, etag, Map.of("places", List.of("Brussels")));
        assertEquals(List.of("Brussels"), patched.getPlaces());

        ApiException stale = assertThrows(ApiException.class, () -> events.patchEvent(slug, etag, Map.of("tags", List.of())));
        assertEquals(412, stale.getCode());
        assertEquals(412, problem(stale).getStatus());

        String current = events.getEventWithHttpInfo(slug, null).getHeaders().get("ETag").get(0);
        events.deleteEvent(slug, current);
        assertEquals(404, assertThrows(ApiException.class, () -> events.getEvent(slug, null)).getCode());
    }

    @Test
    void errorsDecodeIntoTheirProblemType() throws IOException {
        ApiException notFound = assertThrows(ApiException.class,
                () -> new EventsApi(client).getEvent("no-such-event", null));
        assertEquals(404, notFound.getCode());
        assertTrue(notFound.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        Problem p = problem(notFound);
        assertEquals(404, p.getStatus());
        assertNotNull(p.getType());
        assertNotNull(p.getTitle());

        ApiException badLimit = assertThrows(ApiException.class, () -> new EventsApi(client).listEvents(null, null,
                null, null, null, null, null, null, null, 100_000, null, null, null, null, null, null, null, null));
        assertEquals(400, badLimit.getCode());
        Problem limit = problem(badLimit);
        assertTrue(limit.getErrors().stream().anyMatch(f -> "limit".equals(f.getField())), limit.toString());

        ApiException unauthenticated = assertThrows(ApiException.class, () -> new EventsApi(client).createEvent(
                new EventInput().slug("no-token").date(LocalDate.of(2026, 1, 1)).datePrecision(DatePrecision.DAY)
                        .category(Category.DIPLOMACY).addSourcesItem(new Source().title("x"))));
        assertEquals(401, unauthenticated.getCode());
        assertEquals(401, problem(unauthenticated).getStatus());

        ApiException invalid = assertThrows(ApiException.class, () -> new EventsApi(editorClient()).createEvent(
                new EventInput().slug("Not A Slug").date(LocalDate.of(2026, 1, 1)).datePrecision(DatePrecision.DAY)
                        .category(Category.DIPLOMACY).addSourcesItem(new Source().title("x"))));
        assertEquals(422, invalid.getCode());
        Problem rules = problem(invalid);
        assertTrue(rules.getErrors().stream().anyMatch(f -> "slug".equals(f.getField())), rules.toString());
    }
}
