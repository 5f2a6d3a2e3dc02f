package org.ksrelations.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ksrelations.deploy.Manifests.list;
import static org.ksrelations.deploy.Manifests.map;
import static org.ksrelations.deploy.Manifests.maps;
import static org.ksrelations.deploy.Manifests.str;

/**
 * .github/workflows/release.yml builds, tests, pushes the images the manifests name and pins their digests in the
 * production overlay; and a digest pinned that way renders as the app's image by tag and digest.
 */
class ReleaseWorkflowTest {

    static final String PRODUCTION = "overlays/production";

    static Path workflowFile() {
        return Repo.root().resolve(".github/workflows/release.yml");
    }

    static Map<String, Object> workflow() {
        assertTrue(Files.isRegularFile(workflowFile()), workflowFile() + " is missing");
        List<Map<String, Object>> docs = Kustomize.parse(Repo.read(workflowFile()));
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    static List<String> runSteps() {
        Map<String, Object> jobs = map(workflow(), "jobs");
        assertEquals(1, jobs.size(), "one release job");
        Map<String, Object> job = ComposeTest.asMap(jobs.values().iterator().next());
        return maps(job, "steps").stream().map(s -> str(s.get("run"))).filter(r -> r != null).toList();
    }

    @Test
    void runsOnVersionTagsOnly() {
        // SnakeYAML (YAML 1.1) reads the key "on" as the boolean true
        Map<String, Object> on = ComposeTest.asMap(workflow().getOrDefault("on", workflow().get(true)));
        assertEquals(List.of("push"), List.copyOf(on.keySet()), "triggered by pushes only");
        Map<String, Object> push = map(on, "push");
        assertFalse(list(push, "tags").isEmpty(), "of tags");
        assertTrue(push.keySet().stream().allMatch("tags"::equals), "of tags only, not branches: " + push.keySet());
        assertEquals("write", map(workflow(), "permissions").get("packages"), "the job token may push to ghcr.io");
    }

    @Test
    void verifiesThenBuildsAndPushesTheImagesTheManifestsNameWithJib() {
        List<String> runs = runSteps().stream().map(r -> r.replaceAll("\\s+", " ")).toList();
        int verify = indexOf(runs, "./mvnw -B -ntp verify");
        int push = indexOf(runs, "-Dquarkus.container-image.push=true");
        assertTrue(verify >= 0, "the whole suite is verified: " + runs);
        assertTrue(push > verify, "images are pushed only after the tests passed");
        String build = runs.get(push);
        assertTrue(build.startsWith("./mvnw -B -ntp package"), build);
        assertTrue(build.contains("-Dquarkus.container-image.build=true"), build);
        Map<String, Object> env = map(workflow(), "env");
        String registry = str(env.get("REGISTRY")) + "/" + env.get("GROUP") + "/";
        assertEquals(Repo.IMAGE_REGISTRY, registry, "the registry and group the manifests pull from");
        assertEquals(Repo.APPS.stream().map(Repo.App::name).collect(Collectors.joining(" ")), env.get("APPS"),
                "the four apps");
        assertTrue(build.contains("-Dquarkus.container-image.registry=\"$REGISTRY\"")
                && build.contains("-Dquarkus.container-image.group=\"$GROUP\"")
                && build.contains("-Dquarkus.container-image.tag=\"$VERSION\""), build);
    }

    @Test
    void pinsTheRegistrysDigestsInTheProductionOverlay() {
        String pin = runSteps().stream().filter(r -> r.contains("kustomize edit set image")).findFirst()
                .orElseThrow(() -> new AssertionError("no step pins the digests"));
        assertTrue(pin.contains("skopeo inspect") && pin.contains("{{.Digest}}"), "the digest is read from the registry");
        assertTrue(pin.contains("$image=$image:$VERSION@$digest"), "tag and digest: " + pin);
        assertEquals("deploy/kubernetes/" + PRODUCTION, map(workflow(), "env").get("OVERLAY"));
        // the overlay lists every app's image, so the edit updates an entry rather than adding a stray one
        Map<String, Object> kustomization = Kustomize.parse(Repo.read(Repo.kubernetes().resolve(PRODUCTION)
                .resolve("kustomization.yaml"))).get(0);
        List<String> names = maps(kustomization, "images").stream().map(i -> str(i.get("name"))).toList();
        for (Repo.App app : Repo.APPS) {
            assertTrue(names.contains(Repo.IMAGE_REGISTRY + app.name()), "production lists the image of " + app.name());
        }
    }

    /** What `kustomize edit set image name=name:1.0.0@sha256:...` writes renders as tag@digest for every app. */
    @Test
    void digestsPinnedInTheProductionOverlayRenderAsTagAndDigest() throws IOException {
        Path copy = Files.createTempDirectory("ksr-kubernetes-");
        try {
            copyTree(Repo.kubernetes(), copy);
            Path file = copy.resolve(PRODUCTION).resolve("kustomization.yaml");
            Map<String, Object> kustomization = new LinkedHashMap<>(Kustomize.parse(Files.readString(file)).get(0));
            List<Map<String, Object>> images = new ArrayList<>();
            Map<String, String> digests = new LinkedHashMap<>();
            for (Repo.App app : Repo.APPS) {
                String digest = "sha256:" + String.format("%064x", app.name().hashCode() & 0xffffffffL);
                digests.put(app.name(), digest);
                Map<String, Object> image = new LinkedHashMap<>();
                image.put("name", Repo.IMAGE_REGISTRY + app.name());
                image.put("newTag", Repo.IMAGE_TAG);
                image.put("digest", digest);
                images.add(image);
            }
            kustomization.put("images", images);
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            Files.writeString(file, new Yaml(options).dump(kustomization), StandardCharsets.UTF_8);

            Manifests m = Kustomize.renderDir("pinned production", copy.resolve(PRODUCTION));
            for (Repo.App app : Repo.APPS) {
                String image = str(ManifestInvariantsTest.appContainer(m, app).orElseThrow().get("image"));
                assertEquals(app.image() + "@" + digests.get(app.name()), image, app.name());
                assertTrue(app.isImage(image) && ManifestInvariantsTest.pinned(image), image);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(copy)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static int indexOf(List<String> runs, String fragment) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).contains(fragment)) {
                return i;
            }
        }
        return -1;
    }
}
