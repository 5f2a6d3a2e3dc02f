package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ksrelations.testing.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Reads are public; every write needs a valid bearer token in the group 'editor'. */
@QuarkusTest
class AuthTest {

    private record Write(String method, String path, Object body) {
    }

    private static List<Write> writes(String slug) {
        return List.of(
                new Write("POST", "/api/v1/agreements", Fixtures.agreement(Fixtures.uniqueSlug("t-auth"))),
                new Write("PUT", "/api/v1/agreements/" + slug, Fixtures.agreement(slug)),
                new Write("PATCH", "/api/v1/agreements/" + slug, "{\"tags\": []}"),
                new Write("DELETE", "/api/v1/agreements/" + slug, null),
                new Write("POST", "/api/v1/agreements/" + slug + "/provisions", Fixtures.provision("7", "Auth")),
                new Write("PUT", "/api/v1/agreements/" + slug + "/provisions/1", Fixtures.provision("1", "Auth")),
                new Write("DELETE", "/api/v1/agreements/" + slug + "/provisions/1", null),
                new Write("POST", "/api/v1/agreements/" + slug + "/milestones", Fixtures.milestone("2020-03-01", "DAY", "OTHER")),
                new Write("DELETE", "/api/v1/agreements/" + slug + "/milestones/2020-03-01-other-1", null));
    }

    private static void check(Function<RequestSpecification, RequestSpecification> auth, int status, String slug, String etag) {
        for (Write w : writes(slug)) {
            RequestSpecification req = auth.apply(given()).header("If-Match", etag);
            if (w.body() != null) {
                req.contentType(w.method().equals("PATCH") ? "application/merge-patch+json" : ContentType.JSON.toString())
                        .body(w.body());
            }
            req.when().request(w.method(), w.path()).then().statusCode(status)
                    .contentType(containsString("application/problem+json"))
                    .body("status", equalTo(status));
        }
    }

    private static String[] seeded() {
        String slug = Fixtures.uniqueSlug("t-auth");
        Map<String, Object> a = Fixtures.agreement(slug);
        Fixtures.list(a, "provisions").add(Fixtures.provision("1", "One"));
        Fixtures.list(a, "milestones").add(Fixtures.milestone("2020-03-01", "DAY", "OTHER"));
        return new String[]{slug, Fixtures.create(a)};
    }

    @Test
    void writesWithoutATokenAre401WithAChallenge() {
        String[] s = seeded();
        check(r -> r, 401, s[0], s[1]);
        given().contentType(ContentType.JSON).body(Fixtures.agreement(Fixtures.uniqueSlug("t-auth")))
                .when().post("/api/v1/agreements").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    }

    /** Tokens the service refuses for writes, and the status it refuses them with. */
    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("writesWithAnExpiredTokenAre401", TestTokens.expiredEditor(), 401),
                Arguments.of("writesWithATokenSignedByAnUntrustedKeyAre401", TestTokens.foreignEditor(), 401),
                Arguments.of("writesWithoutTheEditorGroupAre403", TestTokens.reader(), 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void writesWithARefusedTokenAreRefused(String behaviour, String token, int status) {
        String[] s = seeded();
        check(r -> r.auth().oauth2(token), status, s[0], s[1]);
    }

    @Test
    void nothingChangedAfterRefusedWrites() {
        String[] s = seeded();
        check(r -> r.auth().oauth2(TestTokens.reader()), 403, s[0], s[1]);
        given().when().get("/api/v1/agreements/" + s[0]).then().statusCode(200).header("ETag", equalTo(s[1]));
    }

    @Test
    void readsArePublicEvenWithAGarbageToken() {
        given().when().get("/api/v1/agreements?limit=1").then().statusCode(200);
        given().when().get("/api/v1/agreements/2013-04-19-brussels-agreement/milestones").then().statusCode(200);
        given().when().get("/api/v1/about").then().statusCode(200);
    }
}
