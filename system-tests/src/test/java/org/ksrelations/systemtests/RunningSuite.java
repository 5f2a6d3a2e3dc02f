package org.ksrelations.systemtests;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.ksrelations.launcher.DevKeys;
import org.ksrelations.launcher.Suite;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * The packaged suite a test class runs against, as a JUnit extension ({@code @RegisterExtension static final}):
 * started before the class's first test on random ports with a temporary data folder ({@link SystemSuite#start}),
 * stopped after its last one with that folder removed, whether the tests passed or not.
 */
final class RunningSuite implements BeforeAllCallback, AfterAllCallback {

    private final String prefix;
    private Suite suite;
    private RequestSpecification spec;

    /** {@code prefix} names the temporary data folder. */
    RunningSuite(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        suite = SystemSuite.start(prefix);
        spec = new RequestSpecBuilder().setBaseUri(gateway()).build();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            SystemSuite.stop(suite);
        } finally {
            suite = null;
            spec = null;
        }
    }

    Suite suite() {
        return suite;
    }

    Suite.App app(String name) {
        return suite.app(name);
    }

    DevKeys keys() {
        return suite.keys();
    }

    /** The gateway's base URL. */
    String gateway() {
        return suite.app("gateway").baseUrl();
    }

    /** Requests to the gateway. */
    RequestSpecification spec() {
        return spec;
    }

    /** An editor's token for {@code subject}, valid for ten minutes. */
    String editorToken(String subject) {
        return suite.keys().token(subject, Set.of("editor"), Duration.ofMinutes(10));
    }
}
