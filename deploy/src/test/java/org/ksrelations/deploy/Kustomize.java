package org.ksrelations.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/** Renders kustomize directories with {@code kubectl kustomize} (offline) and parses the output. */
final class Kustomize {

    private static final Map<String, Manifests> CACHE = new ConcurrentHashMap<>();

    /**
     * Every directory the CI check renders, relative to deploy/kubernetes: the base and every overlay (a directory
     * under overlays/ with a kustomization.yaml), so that a new overlay is checked without touching the tests.
     */
    static Stream<String> targets() {
        Path overlays = Repo.kubernetes().resolve("overlays");
        List<String> dirs = new ArrayList<>();
        dirs.add("base");
        try (Stream<Path> list = Files.list(overlays)) {
            list.filter(p -> Files.isRegularFile(p.resolve("kustomization.yaml")))
                    .map(p -> "overlays/" + p.getFileName())
                    .sorted()
                    .forEach(dirs::add);
        } catch (IOException e) {
            throw new AssertionError("cannot list " + overlays, e);
        }
        return dirs.stream();
    }

    static Manifests render(String target) {
        return CACHE.computeIfAbsent(target, Kustomize::doRender);
    }

    /** kubectl from the system property ksr.kubectl, the KUBECTL variable, or the PATH. */
    static Optional<Path> kubectl() {
        String explicit = Optional.ofNullable(System.getProperty("ksr.kubectl")).orElse(System.getenv("KUBECTL"));
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        boolean windows = System.getProperty("os.name", "").toLowerCase().contains("win");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, windows ? "kubectl.exe" : "kubectl");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Manifests doRender(String target) {
        return renderDir(target, Repo.kubernetes().resolve(target));
    }

    /** Renders any kustomize directory (uncached). */
    static Manifests renderDir(String target, Path dir) {
        Path kubectl = kubectl().orElse(null);
        if (kubectl == null) {
            // deliberately a failure, not a skip: CI machines have kubectl, and an unchecked manifest must not pass
            fail("kubectl was not found on the PATH (nor in -Dksr.kubectl / $KUBECTL). The deploy checks render "
                    + "every kustomize overlay with `kubectl kustomize` (kubectl >= 1.32 with kustomize v5.5); "
                    + "install kubectl or put it on the PATH. No cluster is needed.");
        }
        try {
            String out = Processes.output("kubectl kustomize " + dir,
                    new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString()));
            return new Manifests(target, parse(out));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + kubectl + " kustomize " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted rendering " + dir, e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String yaml) {
        Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : parser.loadAll(yaml)) {
            if (doc == null) {
                continue;
            }
            if (!(doc instanceof Map)) {
                fail("a rendered document is not a mapping: " + doc);
            }
            docs.add((Map<String, Object>) doc);
        }
        return docs;
    }

    private Kustomize() {
    }
}
