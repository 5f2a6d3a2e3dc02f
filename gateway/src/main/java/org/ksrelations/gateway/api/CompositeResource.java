package org.ksrelations.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.api.DateRange;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.RequestIds;
import org.ksrelations.kit.datasets.DatasetSnapshot;
import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.gateway.service.Composer;
import org.ksrelations.gateway.service.Composer.Part;
import org.ksrelations.gateway.service.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.ksrelations.gateway.api.Composites.json;
import static org.ksrelations.gateway.service.Composer.query;

/** The gateway's own reads, composed from the services: timeline, search, overview, about. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "gateway", description = "Reads composed from all services")
public class CompositeResource {

    private static final int SLACK = 50;

    @Inject
    Composer composer;

    @Inject
    Composites composites;

    @Inject
    ObjectMapper mapper;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Schema(name = "TimelineKind")
    public enum Kind { EVENT, MILESTONE, RECOGNITION }

    @Schema(name = "TimelineItem", description = "One dated entry of the merged timeline")
    public record TimelineItem(@Schema(description = "What the entry is: an EVENT, an agreement MILESTONE or a RECOGNITION act")
                               Kind kind,
                               @Schema(description = "Public id of the record: an event slug, a milestone id or an act id",
                                       examples = "2013-04-19-brussels-agreement-reached") String id,
                               @Schema(description = "ISO-8601 date; with MONTH or YEAR precision the first day of that month or year")
                               LocalDate date,
                               @Schema(ref = "DatePrecision", description = "How exact the date is: DAY, MONTH or YEAR")
                               String datePrecision,
                               @Schema(description = "Title in the requested language") String title,
                               @Schema(description = "Event category, milestone type or act type") String type,
                               @Schema(description = "Path of the full record") String href) {
    }

    @Schema(name = "TimelinePage")
    public record TimelinePage(@Schema(description = "The entries of this page, by date") List<TimelineItem> items,
                               @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page")
                               String nextCursor,
                               @Schema(description = "Services that did not answer; their entries are missing")
                               List<String> incomplete) {
    }

    @GET
    @Path("/timeline")
    @Operation(operationId = "getTimeline", summary = "Events, agreement milestones and recognition acts merged by date",
            description = "Answers with what the services gave when one is down, naming the missing parts in 'incomplete'.")
    @APIResponseSchema(value = TimelinePage.class, responseCode = "200", responseDescription = "A page of the timeline")
    public Uni<Response> timeline(
            @Parameter(description = "Earliest date (inclusive)", example = "2013-01-01") @QueryParam("from") String from,
            @Parameter(description = "Latest date (inclusive)", example = "2013-12-31") @QueryParam("to") String to,
            @Parameter(description = "Comma-separated kinds: event, milestone, recognition (default all)")
            @QueryParam("kinds") String kinds,
            @Parameter(description = "Language of titles", example = "en") @QueryParam("lang") String lang,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Composites.Asked asked = asked();
        DateRange dates = DateRange.of(from, to);
        int lim = Params.limit(limit);
        List<Kind> chosen = Params.enums("kinds", kinds == null ? null : List.of(kinds), Kind.class);
        Set<Kind> selected = chosen.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(chosen);
        String language = lang(lang);
        Key after = decode(cursor);
        LocalDate start = after != null && (dates.from() == null || after.date().isAfter(dates.from())) ? after.date() : dates.from();
        String f = start == null ? null : start.toString();
        String t = dates.to() == null ? null : dates.to().toString();
        // each source gives at most what the page can take: lim + 1 items (to tell whether there is a next page), plus, after
        // a cursor, the slack for entries of the cursor's own date that came before it
        String per = String.valueOf(Math.min(500, after == null ? lim + 1 : lim + 1 + SLACK));
        String rid = RequestIds.current();
        Uni<Optional<Part>> events = selected.contains(Kind.EVENT)
                ? composer.get(Service.EVENTS, "/api/v1/events", query("from", f, "to", t, "limit", per, "sort", "date",
                "lang", language, "fields", "slug,date,datePrecision,title,category"), rid)
                : Uni.createFrom().item(Optional.of(Composites.NOT_ASKED));
        Uni<Optional<Part>> milestones = selected.contains(Kind.MILESTONE)
                ? composer.get(Service.AGREEMENTS, "/api/v1/agreements/milestones", query("from", f, "to", t,
                "limit", per, "lang", language), rid)
                : Uni.createFrom().item(Optional.of(Composites.NOT_ASKED));
        Uni<Optional<Part>> acts = selected.contains(Kind.RECOGNITION)
                ? composer.get(Service.RECOGNITION, "/api/v1/recognitions", query("from", f, "to", t,
                "limit", per, "lang", language), rid)
                : Uni.createFrom().item(Optional.of(Composites.NOT_ASKED));
        return composites.merge(asked, events, milestones, acts, parts -> {
            List<String> incomplete = new ArrayList<>();
            List<TimelineItem> all = new ArrayList<>();
            json(parts.get(0), "events", incomplete).ifPresent(n -> n.path("items").forEach(i -> all.add(new TimelineItem(Kind.EVENT,
                    i.path("slug").asText(), LocalDate.parse(i.path("date").asText()), i.path("datePrecision").asText(),
                    text(i.get("title")), i.path("category").asText(), "/api/v1/events/" + i.path("slug").asText()))));
            json(parts.get(1), "agreements", incomplete).ifPresent(n -> n.path("items").forEach(i -> {
                if (i.hasNonNull("date")) {
                    all.add(new TimelineItem(Kind.MILESTONE,
                            i.path("agreement").asText() + "/" + i.path("date").asText() + "-" + i.path("type").asText(),
                            LocalDate.parse(i.path("date").asText()), i.path("datePrecision").asText(),
                            text(i.get("agreementTitle")) + " — " + i.path("type").asText().toLowerCase(Locale.ROOT).replace('_', ' '),
                            i.path("type").asText(), "/api/v1/agreements/" + i.path("agreement").asText()));
                }
            }));
            json(parts.get(2), "recognition", incomplete).ifPresent(n -> n.path("items").forEach(i -> {
                if (i.hasNonNull("date")) {
                    all.add(new TimelineItem(Kind.RECOGNITION, i.path("id").asText(),
                            LocalDate.parse(i.path("date").asText()), i.path("datePrecision").asText(),
                            i.path("stateName").asText() + ": " + i.path("type").asText().toLowerCase(Locale.ROOT).replace('_', ' '),
                            i.path("type").asText(), "/api/v1/states/" + i.path("state").asText()));
                }
            }));
            Comparator<TimelineItem> order = Comparator.comparing(TimelineItem::date)
                    .thenComparing(i -> i.kind().ordinal()).thenComparing(TimelineItem::id);
            List<TimelineItem> page = all.stream()
                    .filter(i -> after == null || order.compare(i, new TimelineItem(after.kind(), after.id(), after.date(),
                            null, null, null, null)) > 0)
                    .filter(i -> dates.to() == null || !i.date().isAfter(dates.to()))
                    .sorted(order).limit(lim + 1L).toList();
            String next = null;
            if (page.size() > lim) {
                page = page.subList(0, lim);
                TimelineItem last = page.get(lim - 1);
                next = encode(new Key(last.date(), last.kind(), last.id()));
            }
            return new TimelinePage(page, next, incomplete);
        });
    }

    @Schema(name = "SearchResults")
    public record SearchResults(@Schema(description = "The search text, as asked") String q,
                                @Schema(description = "The matches, one group per kind of record") Map<String, JsonNode> groups,
                                @Schema(description = "Services that did not answer (events, agreements, recognition); their group is absent")
                                List<String> incomplete) {
    }

    @GET
    @Path("/search")
    @Operation(operationId = "search", summary = "Search events, agreements and states at once",
            description = "Results grouped by kind, each group ranked by its service (full-text relevance for events and"
                    + " agreements, name match for states).")
    @APIResponseSchema(value = SearchResults.class, responseCode = "200", responseDescription = "Grouped results")
    public Uni<Response> search(@Parameter(description = "Search text", required = true, example = "brussels")
                                @QueryParam("q") String q,
                                @Parameter(description = "Results per group, 1–50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10"))
                                @QueryParam("limit") String limit,
                                @Parameter(description = "Language of texts", example = "en") @QueryParam("lang") String lang) {
        Composites.Asked asked = asked();
        if (Params.text("q", q, 200) == null) {
            throw ProblemException.badParam("q", "must be 1 to 200 characters");
        }
        int lim = Math.min(50, Params.limit(limit == null ? "10" : limit));
        String language = lang(lang);
        String rid = RequestIds.current();
        String per = String.valueOf(lim);
        Uni<Optional<Part>> events = composer.get(Service.EVENTS, "/api/v1/events",
                query("q", q, "limit", per, "lang", language, "includeTotal", "true"), rid);
        Uni<Optional<Part>> agreements = composer.get(Service.AGREEMENTS, "/api/v1/agreements",
                query("q", q, "limit", per, "lang", language, "includeTotal", "true"), rid);
        Uni<Optional<Part>> states = composer.get(Service.RECOGNITION, "/api/v1/states",
                query("q", q, "limit", per, "includeTotal", "true"), rid);
        return composites.merge(asked, events, agreements, states, parts -> {
            List<String> incomplete = new ArrayList<>();
            Map<String, JsonNode> groups = Composites.byService(parts, List.of("events", "agreements", "states"),
                    this::group, incomplete);
            return new SearchResults(q, groups, incomplete);
        });
    }

    @Schema(name = "Overview")
    public record Overview(@Schema(nullable = true, description = "Number of states whose current stance is RECOGNIZES;"
                                   + " null when recognition-service did not answer") Long recognizingStates,
                           @Schema(nullable = true) JsonNode latestEvents,
                           @Schema(nullable = true, description = "Number of agreements by status (PROPOSED, SIGNED, ...); null when"
                                   + " agreements-service did not answer") Map<String, Integer> agreementsByStatus,
                           @Schema(description = "Services that did not answer (events, agreements, recognition); their figures are null")
                           List<String> incomplete) {
    }

    @GET
    @Path("/overview")
    @Operation(operationId = "getOverview", summary = "Headline figures",
            description = "Number of states recognising Kosovo, the latest events, agreements by status.")
    @APIResponseSchema(value = Overview.class, responseCode = "200", responseDescription = "Headline figures")
    public Uni<Response> overview(@Parameter(description = "Language of texts", example = "en") @QueryParam("lang") String lang) {
        Composites.Asked asked = asked();
        String language = lang(lang);
        String rid = RequestIds.current();
        Uni<Optional<Part>> states = composer.get(Service.RECOGNITION, "/api/v1/states",
                query("stance", "RECOGNIZES", "limit", "1", "includeTotal", "true"), rid);
        Uni<Optional<Part>> events = composer.get(Service.EVENTS, "/api/v1/events",
                query("sort", "-date", "limit", "5", "lang", language, "fields", "slug,date,datePrecision,title,category"), rid);
        Uni<Optional<Part>> agreements = composer.get(Service.AGREEMENTS, "/api/v1/agreements",
                query("limit", "500", "fields", "slug,status"), rid);
        return composites.merge(asked, states, events, agreements, parts -> {
            List<String> incomplete = new ArrayList<>();
            Long recognizing = json(parts.get(0), "recognition", incomplete).map(n -> n.path("totalItems").asLong())
                    .orElse(null);
            JsonNode latest = json(parts.get(1), "events", incomplete).map(n -> n.path("items")).orElse(null);
            Map<String, Integer> byStatus = json(parts.get(2), "agreements", incomplete).map(n -> {
                Map<String, Integer> m = new LinkedHashMap<>();
                n.path("items").forEach(i -> m.merge(i.path("status").asText(), 1, Integer::sum));
                return m;
            }).orElse(null);
            return new Overview(recognizing, latest, byStatus, incomplete);
        });
    }

    @Schema(name = "About")
    public record About(@Schema(description = "Name of the API") String title,
                        @Schema(description = "Each service's dataset identity") Map<String, JsonNode> datasets,
                        @Schema(description = "Services that did not answer (events, agreements, recognition); their datasets are absent")
                        List<String> incomplete) {
    }

    @GET
    @Path("/about")
    @Operation(operationId = "getAbout", summary = "About the datasets of every service",
            description = "Each service's dataset version, last update, counts, licence and how to cite.")
    @APIResponseSchema(value = About.class, responseCode = "200",
            responseDescription = "Dataset identity of every service")
    public Uni<Response> about() {
        Composites.Asked asked = asked();
        String rid = RequestIds.current();
        return composites.mergeEach(asked, "/api/v1/about", rid, parts -> {
            List<String> incomplete = new ArrayList<>();
            Map<String, JsonNode> datasets = Composites.byService(parts, List.of("events", "agreements", "recognition"),
                    n -> n, incomplete);
            return new About("Kosovo–Serbia Relations API", datasets, incomplete);
        });
    }

    @Schema(name = "DatasetDownloads", description = "The downloadable datasets of every service at their current versions")
    public record Datasets(
            @Schema(description = "Every dataset: events, actors, agreements, states, memberships (those of a service that"
                    + " did not answer are absent)", type = SchemaType.ARRAY, implementation = DatasetSnapshot.class)
            List<JsonNode> items,
            @Schema(description = "The services that did not answer (empty when complete)", examples = "[]")
            List<String> incomplete) {
    }

    @GET
    @Path("/datasets")
    @Operation(operationId = "listDatasets", summary = "Downloadable snapshots of every dataset",
            description = "The datasets of every service at their current versions: each a zip of CSV files with a"
                    + " codebook and a citation, and JSON Lines, with size, SHA-256, URL and a ready citation. The files"
                    + " are downloaded through the gateway from the service that owns them, streamed.")
    @APIResponseSchema(value = Datasets.class, responseCode = "200",
            responseDescription = "The datasets of every service")
    public Uni<Response> datasets() {
        Composites.Asked asked = asked();
        String rid = RequestIds.current();
        return composites.mergeEach(asked, "/api/v1/datasets", rid, parts -> {
            List<JsonNode> items = new ArrayList<>();
            List<String> incomplete = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Optional<Part> p = parts.get(i);
                if (p.isPresent() && p.get().json().path("items").isArray()) {
                    p.get().json().path("items").forEach(items::add);
                } else {
                    incomplete.add(Composites.EACH.get(i).id);
                }
            }
            return new Datasets(items, incomplete);
        });
    }

    // ------------------------------------------------------------------ helpers

    private Composites.Asked asked() {
        return new Composites.Asked(uri.getRequestUri().toString(), Composites.nz(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                headers.getHeaderString(HttpHeaders.IF_NONE_MATCH));
    }

    /** A search group: a service's list answer cut to its items and total. */
    private JsonNode group(JsonNode result) {
        ObjectNode g = mapper.createObjectNode();
        g.set("items", result.path("items"));
        g.set("totalItems", result.path("totalItems"));
        return g;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isTextual()) {
            return n.asText();
        }
        return n.path("en").asText();
    }

    record Key(LocalDate date, Kind kind, String id) {
    }

    private static final String TIMELINE_SORT = "timeline";

    private static String encode(Key k) {
        return new Cursor(TIMELINE_SORT, k.date().toString(), k.kind().name() + "|" + k.id()).encode();
    }

    private static Key decode(String raw) {
        Cursor c = Cursor.decode(raw, TIMELINE_SORT);
        if (c == null) {
            return null;
        }
        int bar = c.slug().indexOf('|');
        try {
            return new Key(LocalDate.parse(c.key()), Kind.valueOf(c.slug().substring(0, bar)), c.slug().substring(bar + 1));
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }

    /** The language to ask the services for: the client's {@code lang}, or theirs (Accept-Language is passed on). */
    private static String lang(String raw) {
        return raw == null || raw.isBlank() ? null : Lang.resolve(raw, null).code();
    }
}
