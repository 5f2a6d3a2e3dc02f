package org.ksrelations.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.problem.Problem;
import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.problem.ProblemType;

import java.util.Arrays;
import java.util.List;

/**
 * The problem type URIs resolve: {@code /problems/{type}} describes one type of the kit's catalogue
 * ({@link ProblemType}): an HTML page for a browser, JSON for a program (by {@code Accept}); {@code /problems} lists them.
 * Everything here is generated from the catalogue, so the pages cannot disagree with the answers.
 */
@Path("/problems")
@Tag(name = "problems", description = "The problem types of the API's problem+json answers")
public class ProblemTypeResource {

    static final String CACHE = "public, max-age=86400";

    @Context
    HttpHeaders headers;

    @Inject
    ObjectMapper mapper;

    @Schema(name = "ProblemTypeDescription", description = "One problem type of the catalogue")
    public record Description(
            @Schema(description = "The type URI, as in a problem's 'type'", examples = "https://ksrelations.org/problems/invalid-parameter")
            String type,
            @Schema(description = "The last segment of the type URI", examples = "invalid-parameter") String slug,
            @Schema(description = "The problem's 'title'", examples = "Invalid parameter") String title,
            @Schema(description = "The HTTP status", examples = "400") int status,
            @Schema(description = "When the API answers with this type") String usedWhen,
            @Schema(description = "What errors[] holds for this type") String errors,
            @Schema(description = "A typical answer of this type") Problem example) {

        static Description of(ProblemType t) {
            return new Description(t.uri(), t.slug(), t.title(), t.status(), t.usedWhen(), t.errorsShape(), t.example());
        }
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(operationId = "listProblemTypes", summary = "Every problem type of the API",
            description = "The catalogue of problem types that problem+json answers use: JSON, or an HTML page with"
                    + " Accept: text/html.")
    @APIResponse(responseCode = "200", description = "The catalogue", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Description.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response list() {
        List<Description> all = Arrays.stream(ProblemType.values()).map(Description::of).toList();
        if (wantsHtml()) {
            StringBuilder rows = new StringBuilder();
            for (ProblemType t : ProblemType.values()) {
                rows.append("<tr><td><a href=\"/problems/").append(t.slug()).append("\"><code>").append(t.slug())
                        .append("</code></a></td><td>").append(t.status()).append("</td><td>").append(esc(t.title()))
                        .append("</td><td>").append(esc(t.usedWhen())).append("</td></tr>\n");
            }
            return html("Problem types", "<h1>Problem types</h1>\n<p>Every error of the Kosovo–Serbia Relations API is"
                    + " an <code>application/problem+json</code> answer (RFC 9457) whose <code>type</code> is one of"
                    + " these URIs.</p>\n<table>\n<tr><th>type</th><th>status</th><th>title</th><th>used when</th></tr>\n"
                    + rows + "</table>");
        }
        return answer(all, MediaType.APPLICATION_JSON_TYPE);
    }

    @GET
    @Path("/{type}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(operationId = "getProblemType", summary = "One problem type",
            description = "What a problem type URI names: its title, status, when it is used, the shape of errors[] and"
                    + " an example answer; JSON, or an HTML page with Accept: text/html.")
    @APIResponse(responseCode = "200", description = "The problem type", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Description.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response get(@Parameter(description = "The last segment of the type URI", example = "invalid-parameter")
                        @PathParam("type") String type) {
        ProblemType t = ProblemType.bySlug(type)
                .orElseThrow(() -> ProblemException.notFound("problem type", Slugs.shown(type, 60)));
        Description d = Description.of(t);
        if (wantsHtml()) {
            String example;
            try {
                example = mapper.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(d.example());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return html(t.title(), "<p><a href=\"/problems\">All problem types</a></p>\n"
                    + "<h1>" + esc(t.title()) + "</h1>\n<dl>\n"
                    + "<dt>type</dt><dd><code>" + esc(t.uri()) + "</code></dd>\n"
                    + "<dt>status</dt><dd>" + t.status() + "</dd>\n"
                    + "<dt>used when</dt><dd>" + esc(t.usedWhen()) + "</dd>\n"
                    + "<dt>errors[]</dt><dd>" + esc(t.errorsShape()) + "</dd>\n</dl>\n"
                    + "<h2>Example</h2>\n<pre><code>" + esc(example) + "</code></pre>");
        }
        return answer(d, MediaType.APPLICATION_JSON_TYPE);
    }

    /** HTML when the client prefers it to JSON (a browser); JSON for {@code *}{@code /*} and programs. */
    boolean wantsHtml() {
        for (MediaType mt : headers.getAcceptableMediaTypes()) {
            if (mt.isWildcardType()) {
                return false;
            }
            if (mt.getType().equals("text") && mt.getSubtype().equals("html")) {
                return true;
            }
            if (mt.isCompatible(MediaType.APPLICATION_JSON_TYPE) || mt.getSubtype().endsWith("+json")) {
                return false;
            }
        }
        return false;
    }

    static Response html(String title, String body) {
        String page = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + " — Kosovo–Serbia Relations API</title>\n<style>body{font-family:system-ui,sans-serif;max-width:50rem;"
                + "margin:2rem auto;padding:0 1rem;line-height:1.5}td,th{text-align:left;vertical-align:top;padding:.3rem .6rem}"
                + "pre{background:#f4f4f4;padding:1rem;overflow:auto}dt{font-weight:bold}</style>\n</head>\n<body>\n<main>\n"
                + body + "\n</main>\n</body>\n</html>\n";
        return answer(page, MediaType.TEXT_HTML_TYPE.withCharset("utf-8"));
    }

    /** A page of the catalogue in {@code type}: cached for a day, and varying with Accept (JSON or HTML). */
    private static Response answer(Object entity, MediaType type) {
        return Response.ok(entity, type).header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
