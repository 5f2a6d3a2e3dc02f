package org.ksrelations.testing;

import io.restassured.response.Response;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on what the service answers to bad requests: an RFC 9457 problem that leaks nothing. */
public final class Problems {

    /** What must never reach a client: stack frames, exception, framework or driver class names. */
    public static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "at io.", "at java.", "Caused by",
            "org.hibernate", "com.fasterxml", "io.quarkus", "io.vertx", "org.postgresql", "PSQLException", "java.lang",
            "jakarta.", "SQLState");

    private Problems() {
    }

    /** The answer is {@code status}, as application/problem+json whose {@code status} member is the same. */
    public static void assertProblem(Response r, int status) {
        String body = r.asString();
        assertEquals(status, r.statusCode(), () -> "HTTP status; body was: " + abbreviate(body));
        String type = r.contentType();
        assertNotNull(type, "no Content-Type; body was: " + abbreviate(body));
        assertTrue(type.startsWith("application/problem+json"),
                () -> "Content-Type " + type + "; body was: " + abbreviate(body));
        assertEquals(status, r.jsonPath().getInt("status"), "the problem's status member");
        assertNoLeak(body);
    }

    /** {@link #assertProblem}, and the problem's {@code errors} name {@code field}. */
    public static void assertFieldProblem(Response r, int status, String field) {
        assertProblem(r, status);
        assertTrue(r.jsonPath().getList("errors.field").contains(field),
                () -> "the problem's errors name " + field + "; body was: " + abbreviate(r.asString()));
    }

    /** A 400 problem of the type invalid-parameter whose first error names {@code parameter}. */
    public static void assertInvalidParameter(Response r, String parameter) {
        assertProblem(r, 400);
        assertEquals("https://ksrelations.org/problems/invalid-parameter", r.jsonPath().getString("type"), "problem type");
        assertEquals(parameter, r.jsonPath().getString("errors[0].field"), "the parameter the problem names");
    }

    /** A 2xx JSON answer (a hostile value that is nevertheless a valid search text, for example). */
    public static void assertJson(Response r, int status) {
        String body = r.asString();
        assertEquals(status, r.statusCode(), () -> "HTTP status; body was: " + abbreviate(body));
        assertTrue(r.contentType().startsWith("application/json"), () -> "Content-Type " + r.contentType());
        assertNoLeak(body);
    }

    public static void assertNoLeak(String body) {
        for (String leak : LEAKS) {
            assertFalse(body.contains(leak), () -> "the body contains '" + leak + "': " + abbreviate(body));
        }
    }

    public static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
