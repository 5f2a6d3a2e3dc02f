package org.ksrelations.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Source-level checks that do not need kubectl: what is committed under deploy/ and the Dockerfiles. */
class RepositoryHygieneTest {

    @Test
    void theCiCheckRendersBaseDevAndProduction() {
        List<String> targets = Kustomize.targets().toList();
        assertTrue(targets.containsAll(List.of("base", "overlays/dev", "overlays/production")), targets.toString());
    }

    @Test
    void noPrivateKeysOrSecretManifestsAreCommitted() throws IOException {
        Pattern privateKey = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");
        Pattern secretKind = Pattern.compile("(?m)^kind:\\s*Secret\\s*$");
        List<String> offenders = new ArrayList<>();
        List<Path> roots = new ArrayList<>(List.of(Repo.root().resolve("deploy/kubernetes"), Repo.root().resolve("deploy/compose")));
        Repo.APPS.forEach(a -> roots.add(a.dir().resolve("src/main/docker")));
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).forEach(f -> {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".pem") || name.endsWith(".key") || name.equals(".env")) {
                        offenders.add(f + " (key or environment file)");
                        return;
                    }
                    String text = read(f);
                    if (privateKey.matcher(text).find()) {
                        offenders.add(f + " (private key)");
                    }
                    if (secretKind.matcher(text).find()) {
                        offenders.add(f + " (Secret manifest)");
                    }
                });
            }
        }
        assertEquals(List.of(), offenders, "committed secrets");
    }

    @Test
    void readmeDocumentsTheDeployment() {
        String readme = Repo.read(Repo.root().resolve("deploy/README.md"));
        for (String needle : List.of("kubectl apply -k deploy/kubernetes/overlays/production",
                "kubectl apply -k deploy/kubernetes/overlays/dev", "quarkus-container-image-jib",
                "-Dquarkus.container-image.build=true", "docker compose -f deploy/compose/compose.yaml")) {
            assertTrue(readme.contains(needle), "deploy/README.md mentions " + needle);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            // binary files cannot hold a YAML Secret; a key would be caught by its extension
            if (e instanceof java.nio.charset.MalformedInputException) {
                return "";
            }
            throw new UncheckedIOException(e);
        }
    }
}
