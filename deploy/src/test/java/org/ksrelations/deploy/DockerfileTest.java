package org.ksrelations.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ksrelations.deploy.Manifests.map;
import static org.ksrelations.deploy.Manifests.str;

/** Each app's src/main/docker/Dockerfile.jvm follows the Quarkus fast-jar layout and agrees with the manifests. */
class DockerfileTest {

    static final String BASE_IMAGE = "registry.access.redhat.com/ubi9/openjdk-25-runtime:1.24";

    static Stream<String> apps() {
        return Repo.APPS.stream().map(Repo.App::name);
    }

    static String dockerfile(Repo.App app) {
        Path file = app.dir().resolve("src/main/docker/Dockerfile.jvm");
        assertTrue(Files.isRegularFile(file), file + " is missing");
        return Repo.read(file);
    }

    /** The instructions, without comments and blank lines. */
    static List<String> instructions(String dockerfile) {
        return dockerfile.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void usesThePinnedRuntimeBaseImage(String name) {
        List<String> from = instructions(dockerfile(Repo.app(name))).stream().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(List.of("FROM " + BASE_IMAGE), from, name + " base image");
        assertTrue(ManifestInvariantsTest.pinned(BASE_IMAGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void copiesTheQuarkusAppLayoutInFourLayers(String name) {
        List<String> copies = instructions(dockerfile(Repo.app(name))).stream().filter(l -> l.startsWith("COPY ")).toList();
        assertEquals(List.of(
                "COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/",
                "COPY --chown=185 target/quarkus-app/*.jar /deployments/",
                "COPY --chown=185 target/quarkus-app/app/ /deployments/app/",
                "COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/"), copies, name + " layers");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void runsQuarkusRunJarAsUser185OnTheAppPort(String name) {
        Repo.App app = Repo.app(name);
        List<String> lines = instructions(dockerfile(app));
        assertTrue(lines.contains("USER 185"), name + " runs as user 185");
        assertTrue(lines.contains("EXPOSE " + app.port()), name + " exposes quarkus.http.port " + app.port());
        assertTrue(lines.contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), name + " starts quarkus-run.jar");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ENV JAVA_OPTS_APPEND=") && l.contains("-Dquarkus.http.host=0.0.0.0")),
                name + " listens on all interfaces");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ENV JAVA_OPTS_APPEND=") && l.contains("-XX:TrimNativeHeapInterval=2000")),
                name + " hands freed native memory back, as ./run.sh's JVM options do");
        assertTrue(lines.contains("ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]"), name + " entrypoint");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void manifestsRunTheImageWithTheSameUser(String name) {
        Repo.App app = Repo.app(name);
        Matcher user = Pattern.compile("(?m)^USER (\\d+)$").matcher(dockerfile(app));
        assertTrue(user.find());
        Manifests m = Kustomize.render("base");
        Manifests.Workload w = m.workload(name).orElseThrow();
        Map<String, Object> c = ManifestInvariantsTest.appContainer(m, app).orElseThrow();
        assertEquals(app.image(), c.get("image"));
        Object uid = map(c, "securityContext").getOrDefault("runAsUser", map(w.podSpec(), "securityContext").get("runAsUser"));
        assertEquals(user.group(1), str(uid), name + " runAsUser matches the Dockerfile USER");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void builtLayoutHasWhatTheDockerfileCopies(String name) {
        // only when the app has been packaged (the deploy module does not build the apps)
        Path app = Repo.app(name).dir().resolve("target/quarkus-app");
        if (Files.isDirectory(app)) {
            for (String part : List.of("lib", "app", "quarkus", "quarkus-run.jar")) {
                assertTrue(Files.exists(app.resolve(part)), app.resolve(part) + " missing after packaging");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void jibBuildsOnTheDockerfilesRuntimeImage(String name) {
        String properties = Repo.read(Repo.app(name).dir().resolve("src/main/resources/application.properties"));
        assertTrue(properties.lines().map(String::trim).anyMatch(("quarkus.jib.base-jvm-image=" + BASE_IMAGE)::equals),
                name + ": Jib's base image is the Dockerfile's " + BASE_IMAGE);
    }

    @Test
    void theImagesAndTheReleaseWorkflowUseTheJdkTheBuildTargets() {
        Matcher release = Pattern.compile("<maven.compiler.release>(\\d+)</maven.compiler.release>")
                .matcher(Repo.read(Repo.root().resolve("pom.xml")));
        assertTrue(release.find(), "the root pom sets maven.compiler.release");
        String jdk = release.group(1);
        assertTrue(BASE_IMAGE.contains("/openjdk-" + jdk + "-runtime:"), BASE_IMAGE + " runs JDK " + jdk);
        assertTrue(Repo.read(Repo.root().resolve(".github/workflows/release.yml")).contains("java-version: \"" + jdk + "\""),
                "the release workflow builds with JDK " + jdk);
        assertTrue(Repo.read(Repo.root().resolve(".mvn/jdk.sh")).contains("-ge " + jdk),
                "./mvnw, ./run.sh and .ci/run pick a JDK " + jdk);
    }
}
