package org.ksrelations.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ksrelations.deploy.Manifests.Workload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;
import static org.ksrelations.deploy.Manifests.list;
import static org.ksrelations.deploy.Manifests.map;
import static org.ksrelations.deploy.Manifests.maps;
import static org.ksrelations.deploy.Manifests.matches;
import static org.ksrelations.deploy.Manifests.name;
import static org.ksrelations.deploy.Manifests.str;

/**
 * The invariants every rendered target (base and every overlay) must hold, checked on the real output of
 * {@code kubectl kustomize}. Each test collects all violations of one invariant and reports them together.
 */
class ManifestInvariantsTest {

    static final Pattern SENSITIVE = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE|CREDENTIAL|API_?KEY).*");

    /** An invariant checked once for every rendered target (the base and every overlay). */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ksrelations.deploy.Kustomize#targets")
    @interface EachTarget {
    }

    // ---- the apps are there ---------------------------------------------------------------------------------------

    @EachTarget
    void everyAppRunsAsDeploymentWithItsImage(String target) {
        check(target, "app Deployments", (m, errors) -> {
            for (Repo.App app : Repo.APPS) {
                Optional<Workload> w = m.workload(app.name());
                if (w.isEmpty() || !w.get().kind().equals("Deployment")) {
                    errors.add("no Deployment " + app.name());
                    continue;
                }
                List<String> images = w.get().containers().stream().map(c -> str(c.get("image"))).toList();
                if (images.stream().noneMatch(app::isImage)) {
                    errors.add(w.get().label() + " runs " + images + ", expected " + app.image());
                }
                if (!w.get().app().equals(Optional.of(app))) {
                    errors.add(w.get().label() + " pods are not labelled app.kubernetes.io/name=" + app.name());
                }
            }
        });
    }

    // ---- probes ---------------------------------------------------------------------------------------------------

    @EachTarget
    void everyContainerHasLivenessAndReadinessProbes(String target) {
        check(target, "probes", (m, errors) -> {
            for (Workload w : m.workloads()) {
                for (Map<String, Object> c : w.containers()) {
                    String where = w.label() + " container " + c.get("name");
                    for (String probe : List.of("livenessProbe", "readinessProbe")) {
                        Map<String, Object> p = map(c, probe);
                        if (p.isEmpty()) {
                            errors.add(where + " has no " + probe);
                            continue;
                        }
                        Map<String, Object> http = map(p, "httpGet");
                        Map<String, Object> tcp = map(p, "tcpSocket");
                        Map<String, Object> port = !http.isEmpty() ? http : tcp;
                        if (!port.isEmpty() && !containerPort(c, port.get("port"))) {
                            errors.add(where + " " + probe + " port " + port.get("port") + " is not a container port");
                        }
                        if (http.isEmpty() && tcp.isEmpty() && map(p, "exec").isEmpty() && map(p, "grpc").isEmpty()) {
                            errors.add(where + " " + probe + " has no handler");
                        }
                    }
                    if (w.app().isPresent() && w.app().get().name().equals(c.get("name"))) {
                        expectHttp(errors, where, c, "livenessProbe", "/q/health/live");
                        expectHttp(errors, where, c, "readinessProbe", "/q/health/ready");
                        expectHttp(errors, where, c, "startupProbe", "/q/health/live");
                        // health lives on the management interface: the public port no longer answers /q/health
                        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                            Object port = map(c, probe, "httpGet").get("port");
                            if (!Objects.equals(portNumber(c, port), w.app().get().managementPort())) {
                                errors.add(where + " " + probe + " must probe the management port "
                                        + w.app().get().managementPort() + " (probes port " + port + ")");
                            }
                        }
                    }
                }
            }
        });
    }

    private static void expectHttp(List<String> errors, String where, Map<String, Object> c, String probe, String path) {
        String actual = str(map(c, probe, "httpGet").get("path"));
        if (!path.equals(actual)) {
            errors.add(where + " " + probe + " must GET " + path + " (is " + actual + ")");
        }
    }

    // ---- resources ------------------------------------------------------------------------------------------------

    @EachTarget
    void everyContainerHasCpuAndMemoryRequestsAndLimits(String target) {
        check(target, "resources", (m, errors) -> {
            for (Workload w : m.workloads()) {
                for (Map<String, Object> c : w.allContainers()) {
                    for (String kind : List.of("requests", "limits")) {
                        for (String res : List.of("cpu", "memory")) {
                            Object v = map(c, "resources", kind).get(res);
                            if (v == null || str(v).isBlank()) {
                                errors.add(w.label() + " container " + c.get("name") + " has no " + kind + "." + res);
                            }
                        }
                    }
                    Object req = map(c, "resources", "requests").get("memory");
                    Object lim = map(c, "resources", "limits").get("memory");
                    if (req != null && lim != null && bytes(str(req)) > bytes(str(lim))) {
                        errors.add(w.label() + " container " + c.get("name") + " requests more memory than its limit");
                    }
                }
            }
        });
    }

    // ---- images ---------------------------------------------------------------------------------------------------

    @EachTarget
    void everyImageIsPinned(String target) {
        check(target, "pinned images", (m, errors) -> {
            for (Workload w : m.workloads()) {
                for (Map<String, Object> c : w.allContainers()) {
                    String image = str(c.get("image"));
                    if (!pinned(image)) {
                        errors.add(w.label() + " container " + c.get("name") + " image " + image
                                + " is not pinned (needs an explicit tag other than latest, or a digest)");
                    }
                    if ("Always".equals(c.get("imagePullPolicy")) && image != null && !image.contains("@")) {
                        errors.add(w.label() + " pulls a tag with imagePullPolicy Always");
                    }
                }
            }
            for (Map<String, Object> cluster : m.ofKind("Cluster")) {
                String image = str(map(cluster, "spec").get("imageName"));
                if (image != null && !pinned(image)) {
                    errors.add("Cluster/" + name(cluster) + " imageName " + image + " is not pinned");
                }
            }
        });
    }

    static boolean pinned(String image) {
        if (image == null || image.isBlank()) {
            return false;
        }
        if (image.contains("@sha256:")) {
            return true;
        }
        String last = image.substring(image.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        return colon > 0 && colon < last.length() - 1 && !last.substring(colon + 1).equals("latest");
    }

    // ---- security context -----------------------------------------------------------------------------------------

    @EachTarget
    void containersRunAsNonRootWithReadOnlyRootFilesystem(String target) {
        check(target, "security context", (m, errors) -> {
            for (Workload w : m.workloads()) {
                Map<String, Object> pod = map(w.podSpec(), "securityContext");
                if (Boolean.TRUE.equals(w.podSpec().get("hostNetwork")) || Boolean.TRUE.equals(w.podSpec().get("hostPID"))) {
                    errors.add(w.label() + " uses host namespaces");
                }
                for (Map<String, Object> c : w.allContainers()) {
                    String where = w.label() + " container " + c.get("name");
                    Map<String, Object> sc = map(c, "securityContext");
                    Object nonRoot = sc.containsKey("runAsNonRoot") ? sc.get("runAsNonRoot") : pod.get("runAsNonRoot");
                    if (!Boolean.TRUE.equals(nonRoot)) {
                        errors.add(where + " does not set runAsNonRoot: true");
                    }
                    Object uid = sc.containsKey("runAsUser") ? sc.get("runAsUser") : pod.get("runAsUser");
                    if (uid != null && Integer.parseInt(str(uid)) == 0) {
                        errors.add(where + " runs as uid 0");
                    }
                    if (!Boolean.TRUE.equals(sc.get("readOnlyRootFilesystem"))) {
                        errors.add(where + " does not set readOnlyRootFilesystem: true");
                    }
                    if (!Boolean.FALSE.equals(sc.get("allowPrivilegeEscalation"))) {
                        errors.add(where + " does not set allowPrivilegeEscalation: false");
                    }
                    if (Boolean.TRUE.equals(sc.get("privileged"))) {
                        errors.add(where + " is privileged");
                    }
                    if (!list(map(sc, "capabilities"), "drop").contains("ALL")) {
                        errors.add(where + " does not drop ALL capabilities");
                    }
                    // a read-only root filesystem needs a writable /tmp (the JVM, Vert.x and PostgreSQL write there)
                    Optional<Map<String, Object>> tmp = maps(c, "volumeMounts").stream()
                            .filter(vm -> "/tmp".equals(vm.get("mountPath"))).findFirst();
                    if (tmp.isEmpty()) {
                        errors.add(where + " has no volume at /tmp");
                    } else {
                        Map<String, Object> vol = volume(w, str(tmp.get().get("name")));
                        if (vol == null || !vol.containsKey("emptyDir")) {
                            errors.add(where + " /tmp is not an emptyDir volume");
                        }
                    }
                }
            }
        });
    }

    // ---- secrets --------------------------------------------------------------------------------------------------

    @EachTarget
    void noPlaintextSecrets(String target) {
        check(target, "plaintext secrets", (m, errors) -> {
            for (Map<String, Object> s : m.ofKind("Secret")) {
                errors.add("Secret/" + name(s) + " is rendered: Secrets are referenced by name and created "
                        + "outside git (or by an operator), never committed");
            }
            for (Map<String, Object> cm : m.ofKind("ConfigMap")) {
                map(cm, "data").forEach((k, v) -> {
                    if (SENSITIVE.matcher(k).matches()) {
                        errors.add("ConfigMap/" + name(cm) + " holds the sensitive key " + k);
                    }
                });
            }
            for (Workload w : m.workloads()) {
                for (Map<String, Object> c : w.allContainers()) {
                    for (Map<String, Object> e : maps(c, "env")) {
                        String key = str(e.get("name"));
                        if (SENSITIVE.matcher(key).matches() && e.containsKey("value")) {
                            errors.add(w.label() + " sets " + key + " to a literal value (use secretKeyRef)");
                        }
                        Map<String, Object> ref = map(e, "valueFrom", "secretKeyRef");
                        if (e.containsKey("valueFrom") && map(e, "valueFrom").containsKey("secretKeyRef")
                                && (isBlank(ref.get("name")) || isBlank(ref.get("key")))) {
                            errors.add(w.label() + " " + key + " references a Secret without name or key");
                        }
                    }
                }
            }
            walkStrings(m.docs, "", (path, value) -> {
                if (value.contains("PRIVATE KEY-----")) {
                    errors.add(path + " contains a private key");
                }
                if (value.matches("(?is).*[?&;](password|passwd)=.*") || value.matches("(?s).*://[^/\\s:@]+:[^/\\s@]+@.*")) {
                    errors.add(path + " contains credentials in a URL: " + value);
                }
            });
        });
    }

    // ---- selectors and ports --------------------------------------------------------------------------------------

    @EachTarget
    void workloadSelectorsMatchTheirPodLabels(String target) {
        check(target, "workload selectors", (m, errors) -> {
            for (Workload w : m.workloads()) {
                if (w.selector().isEmpty()) {
                    errors.add(w.label() + " has no spec.selector.matchLabels");
                } else if (!matches(w.selector(), w.templateLabels())) {
                    errors.add(w.label() + " selector " + w.selector() + " does not match its pod labels " + w.templateLabels());
                }
                for (Workload other : m.workloads()) {
                    if (!other.label().equals(w.label()) && matches(w.selector(), other.templateLabels())) {
                        errors.add(w.label() + " selector also selects the pods of " + other.label());
                    }
                }
                if (w.kind().equals("StatefulSet")) {
                    String serviceName = str(w.spec().get("serviceName"));
                    Optional<Map<String, Object>> svc = serviceName == null ? Optional.empty() : m.find("Service", serviceName);
                    if (svc.isEmpty()) {
                        errors.add(w.label() + " serviceName " + serviceName + " is not a rendered Service");
                    } else if (!matches(map(svc.get(), "spec", "selector"), w.templateLabels())) {
                        errors.add(w.label() + " governing Service " + serviceName + " does not select its pods");
                    }
                }
            }
        });
    }

    @EachTarget
    void servicesSelectWorkloadsAndTargetRealContainerPorts(String target) {
        check(target, "services", (m, errors) -> {
            for (Map<String, Object> svc : m.ofKind("Service")) {
                String where = "Service/" + name(svc);
                Map<String, Object> selector = map(svc, "spec", "selector");
                List<Workload> selected = m.selectedBy(selector);
                if (selected.isEmpty()) {
                    errors.add(where + " selector " + selector + " selects no workload");
                }
                List<Map<String, Object>> ports = maps(map(svc, "spec"), "ports");
                if (ports.isEmpty()) {
                    errors.add(where + " has no ports");
                }
                for (Map<String, Object> port : ports) {
                    Object targetPort = port.containsKey("targetPort") ? port.get("targetPort") : port.get("port");
                    for (Workload w : selected) {
                        boolean found = w.containers().stream().anyMatch(c -> containerPort(c, targetPort));
                        if (!found) {
                            errors.add(where + " port " + port.get("port") + " targets " + targetPort
                                    + ", which no container of " + w.label() + " exposes");
                        }
                    }
                }
            }
            for (Workload w : m.workloads()) {
                if (w.app().isPresent()) {
                    Repo.App app = w.app().get();
                    boolean declared = w.containers().stream().anyMatch(c -> containerPort(c, app.port()));
                    if (!declared) {
                        errors.add(w.label() + " does not expose quarkus.http.port " + app.port());
                    }
                    Map<String, Object> c = w.containers().stream().filter(x -> app.name().equals(x.get("name")))
                            .findFirst().orElse(Map.of());
                    if (!Objects.equals(portNumber(c, "management"), app.managementPort())) {
                        errors.add(w.label() + " must declare the container port \"management\" = "
                                + app.managementPort() + " (the app's management interface)");
                    }
                    Integer configured = app.configuredManagementPort();
                    if (configured != null && configured != app.managementPort()) {
                        errors.add(app.name() + " sets quarkus.management.port=" + configured + ", the manifests use "
                                + app.managementPort());
                    }
                    for (Map<String, Object> svc : m.ofKind("Service")) {
                        if (!matches(map(svc, "spec", "selector"), w.templateLabels())) {
                            continue;
                        }
                        for (Map<String, Object> port : maps(map(svc, "spec"), "ports")) {
                            Object tp = port.containsKey("targetPort") ? port.get("targetPort") : port.get("port");
                            if (Objects.equals(portNumber(c, tp), app.managementPort())) {
                                errors.add("Service/" + name(svc) + " exposes the management port of " + app.name()
                                        + ": health and metrics are for the kubelet and Prometheus only");
                            }
                        }
                    }
                    boolean served = m.ofKind("Service").stream()
                            .anyMatch(s -> matches(map(s, "spec", "selector"), w.templateLabels()));
                    if (!served) {
                        errors.add(w.label() + " has no Service");
                    }
                }
            }
        });
    }

    // ---- graceful shutdown ----------------------------------------------------------------------------------------

    @EachTarget
    void terminationGracePeriodOutlastsPreStopAndQuarkusShutdown(String target) {
        check(target, "graceful shutdown", (m, errors) -> {
            for (Workload w : m.workloads()) {
                Object grace = w.podSpec().get("terminationGracePeriodSeconds");
                if (grace == null) {
                    errors.add(w.label() + " does not set terminationGracePeriodSeconds");
                    continue;
                }
                if (w.app().isEmpty()) {
                    continue;
                }
                Repo.App app = w.app().get();
                Map<String, Object> c = w.containers().stream().filter(x -> app.name().equals(x.get("name")))
                        .findFirst().orElse(Map.of());
                Duration needed = app.shutdownBudget().plus(Duration.ofSeconds(preStopSleepSeconds(c)));
                long seconds = Long.parseLong(str(grace));
                if (seconds <= needed.toSeconds()) {
                    errors.add(w.label() + " terminationGracePeriodSeconds " + seconds + " must exceed preStop sleep + "
                            + "quarkus.shutdown.timeout + quarkus.shutdown.delay = " + needed.toSeconds() + "s");
                }
            }
        });
    }

    static long preStopSleepSeconds(Map<String, Object> container) {
        Map<String, Object> preStop = map(container, "lifecycle", "preStop");
        Object sleep = map(preStop, "sleep").get("seconds");
        if (sleep != null) {
            return Long.parseLong(str(sleep));
        }
        String command = String.join(" ", list(map(preStop, "exec"), "command").stream().map(String::valueOf).toList());
        Matcher mm = Pattern.compile("sleep\\s+(\\d+)").matcher(command);
        return mm.find() ? Long.parseLong(mm.group(1)) : 0;
    }

    // ---- configuration --------------------------------------------------------------------------------------------

    @EachTarget
    void configMapReferencesResolve(String target) {
        check(target, "ConfigMap references", (m, errors) -> {
            for (Workload w : m.workloads()) {
                for (Map<String, Object> c : w.allContainers()) {
                    for (Map<String, Object> from : maps(c, "envFrom")) {
                        Map<String, Object> ref = map(from, "configMapRef");
                        if (!ref.isEmpty() && !Boolean.TRUE.equals(ref.get("optional"))
                                && m.configMapData(str(ref.get("name"))) == null) {
                            errors.add(w.label() + " envFrom ConfigMap " + ref.get("name") + " is not rendered");
                        }
                    }
                    for (Map<String, Object> e : maps(c, "env")) {
                        Map<String, Object> ref = map(e, "valueFrom", "configMapKeyRef");
                        if (!ref.isEmpty() && !Boolean.TRUE.equals(ref.get("optional"))) {
                            Map<String, Object> data = m.configMapData(str(ref.get("name")));
                            if (data == null || !data.containsKey(str(ref.get("key")))) {
                                errors.add(w.label() + " " + e.get("name") + " references the missing key "
                                        + ref.get("name") + "/" + ref.get("key"));
                            }
                        }
                    }
                    for (Map<String, Object> vm : maps(c, "volumeMounts")) {
                        if (volume(w, str(vm.get("name"))) == null) {
                            errors.add(w.label() + " mounts the undeclared volume " + vm.get("name"));
                        }
                    }
                }
                for (Map<String, Object> vol : maps(w.podSpec(), "volumes")) {
                    Map<String, Object> cm = map(vol, "configMap");
                    if (!cm.isEmpty() && !Boolean.TRUE.equals(cm.get("optional"))
                            && m.configMapData(str(cm.get("name"))) == null) {
                        errors.add(w.label() + " volume " + vol.get("name") + " uses the missing ConfigMap " + cm.get("name"));
                    }
                }
            }
        });
    }

    @EachTarget
    void everyAppGetsItsRequiredEnvironmentAndOnlyKeysItKnows(String target) {
        check(target, "app environment", (m, errors) -> {
            for (Repo.App app : Repo.APPS) {
                Optional<Map<String, Object>> c = appContainer(m, app);
                if (c.isEmpty()) {
                    errors.add("no container " + app.name());
                    continue;
                }
                Map<String, Object> env = m.environment(c.get());
                if (!"true".equals(str(env.get(Repo.JSON_LOGS_ENV)))) {
                    errors.add(app.name() + " must log JSON in Kubernetes (" + Repo.JSON_LOGS_ENV + "=true), is "
                            + env.get(Repo.JSON_LOGS_ENV));
                }
                for (String key : app.requiredEnv()) {
                    Object v = env.get(key);
                    if (v == null || str(v).isBlank()) {
                        errors.add(app.name() + " gets no " + key);
                    }
                }
                Set<String> known = app.knownEnvKeys();
                for (String key : env.keySet()) {
                    if (!known.contains(key)) {
                        errors.add(app.name() + " gets " + key + ", which its application.properties does not know");
                    }
                }
            }
        });
    }

    @EachTarget
    void gatewayDownstreamUrlsReachTheServices(String target) {
        check(target, "gateway downstream URLs", (m, errors) -> {
            Map<String, Object> env = appContainer(m, Repo.gateway()).map(m::environment).orElse(Map.of());
            for (Repo.App service : Repo.services()) {
                String key = "KSR_GATEWAY_" + Repo.envForm(service.database()) + "_URL";
                String url = str(env.get(key));
                if (url == null) {
                    errors.add("gateway gets no " + key);
                    continue;
                }
                URI uri = URI.create(url);
                Optional<Map<String, Object>> svc = m.find("Service", uri.getHost());
                if (svc.isEmpty()) {
                    errors.add(key + "=" + url + ": no Service " + uri.getHost());
                    continue;
                }
                boolean port = maps(map(svc.get(), "spec"), "ports").stream()
                        .anyMatch(p -> Objects.equals(str(p.get("port")), String.valueOf(uri.getPort())));
                if (!port) {
                    errors.add(key + "=" + url + ": Service " + uri.getHost() + " has no port " + uri.getPort());
                }
                List<Workload> selected = m.selectedBy(map(svc.get(), "spec", "selector"));
                if (selected.stream().noneMatch(w -> w.app().equals(Optional.of(service)))) {
                    errors.add(key + "=" + url + ": Service " + uri.getHost() + " does not select " + service.name());
                }
            }
        });
    }

    @EachTarget
    void databaseUrlsPointAtTheServicesOwnDatabase(String target) {
        check(target, "database URLs", (m, errors) -> {
            Pattern jdbc = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");
            for (Repo.App app : Repo.services()) {
                Map<String, Object> env = appContainer(m, app).map(m::environment).orElse(Map.of());
                String url = str(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
                Matcher mm = url == null ? null : jdbc.matcher(url);
                if (mm == null || !mm.matches()) {
                    errors.add(app.name() + " JDBC URL " + url + " is not jdbc:postgresql://host:port/db");
                    continue;
                }
                String host = mm.group(1);
                String port = mm.group(2) == null ? "5432" : mm.group(2);
                if (!mm.group(3).equals(app.database())) {
                    errors.add(app.name() + " uses database " + mm.group(3) + ", expected " + app.database());
                }
                Optional<Map<String, Object>> svc = m.find("Service", host);
                Optional<Map<String, Object>> cluster = m.ofKind("Cluster").stream()
                        .filter(cl -> host.equals(name(cl) + "-rw")).findFirst();
                if (svc.isPresent()) {
                    boolean hasPort = maps(map(svc.get(), "spec"), "ports").stream()
                            .anyMatch(p -> port.equals(str(p.get("port"))));
                    if (!hasPort || m.selectedBy(map(svc.get(), "spec", "selector")).isEmpty()) {
                        errors.add(app.name() + " JDBC host " + host + ":" + port + " is not served by a workload");
                    }
                } else if (cluster.isPresent()) {
                    // the database is declared by a Database resource of that Cluster (or is its initdb database)
                    String clusterName = name(cluster.get());
                    boolean declared = m.ofKind("Database").stream().anyMatch(d ->
                            clusterName.equals(map(d, "spec", "cluster").get("name"))
                                    && app.database().equals(map(d, "spec").get("name")))
                            || app.database().equals(map(cluster.get(), "spec", "bootstrap", "initdb").get("database"));
                    if (!declared || !"5432".equals(port)) {
                        errors.add(app.name() + " JDBC URL " + url + " names a database that Cluster/" + clusterName
                                + " does not declare");
                    }
                } else if (!target.equals("base")) {
                    // the base alone leaves the database to the overlays
                    errors.add(app.name() + " JDBC host " + host + " is neither a rendered Service nor <Cluster>-rw");
                }
            }
        });
    }

    // ---- scaling, disruption, network, ingress --------------------------------------------------------------------

    @EachTarget
    void autoscalersAndDisruptionBudgetsTargetRealWorkloads(String target) {
        check(target, "HPA and PDB", (m, errors) -> {
            for (Map<String, Object> hpa : m.ofKind("HorizontalPodAutoscaler")) {
                Map<String, Object> ref = map(hpa, "spec", "scaleTargetRef");
                Optional<Workload> w = m.workload(str(ref.get("name")))
                        .filter(x -> x.kind().equals(ref.get("kind")));
                if (w.isEmpty()) {
                    errors.add("HPA/" + name(hpa) + " targets the missing " + ref.get("kind") + "/" + ref.get("name"));
                    continue;
                }
                if (w.get().spec().containsKey("replicas")) {
                    errors.add(w.get().label() + " sets replicas although HPA/" + name(hpa) + " scales it");
                }
                int min = Integer.parseInt(str(map(hpa, "spec").getOrDefault("minReplicas", 1)));
                int max = Integer.parseInt(str(map(hpa, "spec").get("maxReplicas")));
                if (min < 1 || max < min) {
                    errors.add("HPA/" + name(hpa) + " has minReplicas " + min + " and maxReplicas " + max);
                }
            }
            for (Map<String, Object> pdb : m.ofKind("PodDisruptionBudget")) {
                List<Workload> selected = m.selectedBy(map(pdb, "spec", "selector", "matchLabels"));
                if (selected.size() != 1) {
                    errors.add("PDB/" + name(pdb) + " selects " + selected.size() + " workloads, expected 1");
                }
                if (!map(pdb, "spec").containsKey("minAvailable") && !map(pdb, "spec").containsKey("maxUnavailable")) {
                    errors.add("PDB/" + name(pdb) + " sets neither minAvailable nor maxUnavailable");
                }
            }
        });
    }

    /** The namespace of the Gateway the edge runs on, and of the monitoring stack (see deploy/README.md). */
    static final String EDGE_NAMESPACE = "envoy-gateway-system";
    static final String MONITORING_NAMESPACE = "monitoring";

    /**
     * Who may reach an app, wherever a NetworkPolicy selects it: the public port only from the gateway (for a service)
     * or from the Envoy proxies of the edge namespace (for the gateway); the management port only from the monitoring
     * namespace; nothing else, from nowhere else.
     */
    @EachTarget
    void networkPoliciesLetOnlyTheGatewayReachTheServicesAndOnlyMonitoringTheManagementPorts(String target) {
        check(target, "network policies", (m, errors) -> {
            Map<String, Object> gatewayPods = m.workload("gateway").map(Workload::templateLabels).orElse(Map.of());
            for (Repo.App app : Repo.APPS) {
                Optional<Workload> w = m.workload(app.name());
                if (w.isEmpty()) {
                    continue;
                }
                for (Map<String, Object> np : m.ofKind("NetworkPolicy")) {
                    Map<String, Object> podSelector = map(np, "spec", "podSelector");
                    boolean selectsAll = map(podSelector, "matchLabels").isEmpty() && list(podSelector, "matchExpressions").isEmpty();
                    if (!selectsAll && !matches(map(podSelector, "matchLabels"), w.get().templateLabels())) {
                        continue;
                    }
                    String where = "NetworkPolicy/" + name(np) + " (selecting " + app.name() + ")";
                    for (Map<String, Object> rule : maps(map(np, "spec"), "ingress")) {
                        List<Map<String, Object>> from = maps(rule, "from");
                        if (from.isEmpty()) {
                            errors.add(where + " allows ingress from everywhere");
                        }
                        List<Map<String, Object>> ports = maps(rule, "ports");
                        if (ports.isEmpty()) {
                            errors.add(where + " allows every port");
                        }
                        for (Map<String, Object> peer : from) {
                            int allowed;
                            if (isMonitoring(peer)) {
                                allowed = app.managementPort();
                            } else if (app.isGateway() ? isEdge(peer) : isPodsOf(peer, gatewayPods)) {
                                allowed = app.port();
                            } else {
                                errors.add(where + " allows ingress from a peer that is neither "
                                        + (app.isGateway() ? "the edge's Envoy proxies" : "the gateway")
                                        + " nor the monitoring namespace: " + peer);
                                continue;
                            }
                            for (Map<String, Object> port : ports) {
                                Integer number = w.get().containers().stream().map(c -> portNumber(c, port.get("port")))
                                        .filter(Objects::nonNull).findFirst().orElse(null);
                                if (number == null || number != allowed) {
                                    errors.add(where + " opens port " + port.get("port") + " to " + peer
                                            + "; that peer may reach only port " + allowed);
                                }
                            }
                        }
                    }
                }
            }
        });
    }

    static boolean isPodsOf(Map<String, Object> peer, Map<String, Object> podLabels) {
        return !peer.containsKey("ipBlock") && !peer.containsKey("namespaceSelector")
                && matches(map(peer, "podSelector", "matchLabels"), podLabels);
    }

    static boolean isMonitoring(Map<String, Object> peer) {
        return !peer.containsKey("ipBlock")
                && MONITORING_NAMESPACE.equals(map(peer, "namespaceSelector", "matchLabels").get("kubernetes.io/metadata.name"))
                && map(peer, "namespaceSelector", "matchLabels").size() == 1
                && !map(peer, "podSelector", "matchLabels").isEmpty();
    }

    static boolean isEdge(Map<String, Object> peer) {
        return !peer.containsKey("ipBlock")
                && EDGE_NAMESPACE.equals(map(peer, "namespaceSelector", "matchLabels").get("kubernetes.io/metadata.name"))
                && map(peer, "namespaceSelector", "matchLabels").size() == 1
                && "envoy-gateway".equals(map(peer, "podSelector", "matchLabels").get("app.kubernetes.io/managed-by"));
    }

    /** Every PodMonitor scrapes a rendered workload (or the database instances) on a port its pods declare. */
    @EachTarget
    void podMonitorsScrapeDeclaredPortsOfRealPods(String target) {
        check(target, "PodMonitors", (m, errors) -> {
            for (Map<String, Object> pm : m.ofKind("PodMonitor")) {
                String where = "PodMonitor/" + name(pm);
                Map<String, Object> selector = map(pm, "spec", "selector", "matchLabels");
                List<Workload> selected = m.selectedBy(selector);
                boolean database = selector.containsKey("cnpg.io/cluster")
                        && m.find("Cluster", str(selector.get("cnpg.io/cluster"))).isPresent();
                if (selected.isEmpty() && !database) {
                    errors.add(where + " selects no rendered pods: " + selector);
                }
                for (Map<String, Object> endpoint : maps(map(pm, "spec"), "podMetricsEndpoints")) {
                    for (Workload w : selected) {
                        if (w.containers().stream().noneMatch(c -> containerPort(c, endpoint.get("port")))) {
                            errors.add(where + " scrapes port " + endpoint.get("port") + ", which " + w.label() + " does not declare");
                        }
                        if (w.app().isPresent() && !"/q/metrics".equals(endpoint.get("path"))) {
                            errors.add(where + " scrapes " + endpoint.get("path") + " of " + w.label() + ", not /q/metrics");
                        }
                    }
                }
            }
        });
    }

    /**
     * HTTPRoutes (the edge) lead only to the gateway's public port, and only to its public paths: never to anything
     * under /q/ but the OpenAPI document, never to everything (a PathPrefix "/").
     */
    @EachTarget
    void httpRoutesExposeOnlyTheGatewaysPublicPaths(String target) {
        check(target, "HTTPRoutes", (m, errors) -> {
            Repo.App gateway = Repo.gateway();
            for (Map<String, Object> route : m.ofKind("HTTPRoute")) {
                String where = "HTTPRoute/" + name(route);
                List<Map<String, Object>> rules = maps(map(route, "spec"), "rules");
                if (rules.isEmpty()) {
                    errors.add(where + " has no rules (it would route everything)");
                }
                for (Map<String, Object> rule : rules) {
                    List<Map<String, Object>> matchList = maps(rule, "matches");
                    if (matchList.isEmpty()) {
                        errors.add(where + " has a rule without matches (it would route every path)");
                    }
                    for (Map<String, Object> match : matchList) {
                        String type = str(map(match, "path").getOrDefault("type", "PathPrefix"));
                        String value = str(map(match, "path").getOrDefault("value", "/"));
                        if ("RegularExpression".equals(type)) {
                            errors.add(where + " matches a regular expression " + value + ": paths are listed one by one");
                        } else if ("PathPrefix".equals(type) && value.replaceAll("/+$", "").isEmpty()) {
                            errors.add(where + " routes every path (PathPrefix " + value + ")");
                        } else if ((value + "/").startsWith("/q/") && !("Exact".equals(type) && "/q/openapi".equals(value))) {
                            errors.add(where + " routes " + type + " " + value + ": nothing under /q/ but the OpenAPI "
                                    + "document is public");
                        }
                    }
                    for (Map<String, Object> backend : maps(rule, "backendRefs")) {
                        String kind = str(backend.getOrDefault("kind", "Service"));
                        String svc = str(backend.get("name"));
                        if (!"Service".equals(kind) || !gateway.name().equals(svc)) {
                            errors.add(where + " routes to " + kind + "/" + svc + ": only the gateway is exposed");
                            continue;
                        }
                        Optional<Map<String, Object>> service = m.find("Service", svc);
                        Optional<Workload> w = m.workload(gateway.name());
                        Object targetPort = service.stream().flatMap(s -> maps(map(s, "spec"), "ports").stream())
                                .filter(p -> Objects.equals(str(p.get("port")), str(backend.get("port"))))
                                .map(p -> p.containsKey("targetPort") ? p.get("targetPort") : p.get("port"))
                                .findFirst().orElse(null);
                        Integer number = w.flatMap(x -> appContainer(m, gateway)).map(c -> portNumber(c, targetPort)).orElse(null);
                        if (number == null || number != gateway.port()) {
                            errors.add(where + " routes to port " + backend.get("port") + " of Service " + svc
                                    + ", which is not the gateway's public port " + gateway.port());
                        }
                    }
                }
            }
        });
    }

    @EachTarget
    void ingressesRouteOnlyToTheGateway(String target) {
        check(target, "ingress", (m, errors) -> {
            for (Map<String, Object> ing : m.ofKind("Ingress")) {
                List<Map<String, Object>> backends = new ArrayList<>();
                Map<String, Object> def = map(ing, "spec", "defaultBackend", "service");
                if (!def.isEmpty()) {
                    backends.add(def);
                }
                for (Map<String, Object> rule : maps(map(ing, "spec"), "rules")) {
                    for (Map<String, Object> path : maps(map(rule, "http"), "paths")) {
                        backends.add(map(path, "backend", "service"));
                    }
                }
                for (Map<String, Object> b : backends) {
                    String svcName = str(b.get("name"));
                    if (!"gateway".equals(svcName)) {
                        errors.add("Ingress/" + name(ing) + " routes to " + svcName + ": only the gateway is exposed");
                        continue;
                    }
                    Map<String, Object> port = map(b, "port");
                    boolean ok = m.find("Service", svcName).stream()
                            .flatMap(s -> maps(map(s, "spec"), "ports").stream())
                            .anyMatch(p -> port.get("name") != null ? Objects.equals(str(p.get("name")), str(port.get("name")))
                                    : Objects.equals(str(p.get("port")), str(port.get("number"))));
                    if (!ok) {
                        errors.add("Ingress/" + name(ing) + " uses port " + port + " that Service gateway lacks");
                    }
                }
            }
        });
    }

    // ---- labels and namespace -------------------------------------------------------------------------------------

    @EachTarget
    void everyObjectIsLabelledAndNamespaced(String target) {
        check(target, "labels and namespace", (m, errors) -> {
            List<String> namespaces = m.ofKind("Namespace").stream().map(Manifests::name).toList();
            if (!target.equals("base") && namespaces.size() != 1) {
                errors.add("an overlay renders exactly one Namespace, found " + namespaces);
            }
            if (target.equals("base") && !namespaces.isEmpty()) {
                errors.add("the base must not fix a namespace");
            }
            for (Map<String, Object> d : m.docs) {
                String what = d.get("kind") + "/" + name(d);
                if (!"ksrelations".equals(map(d, "metadata", "labels").get("app.kubernetes.io/part-of"))) {
                    errors.add(what + " lacks the label app.kubernetes.io/part-of=ksrelations");
                }
                if (!target.equals("base") && !"Namespace".equals(d.get("kind"))
                        && !namespaces.contains(str(map(d, "metadata").get("namespace")))) {
                    errors.add(what + " is not in the overlay's namespace " + namespaces);
                }
            }
        });
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    static Optional<Map<String, Object>> appContainer(Manifests m, Repo.App app) {
        return m.workload(app.name()).flatMap(w -> w.containers().stream()
                .filter(c -> app.name().equals(c.get("name"))).findFirst());
    }

    /** The number of a container port given by number or name; null if the container has no such port. */
    static Integer portNumber(Map<String, Object> container, Object port) {
        if (port == null) {
            return null;
        }
        String p = str(port);
        return maps(container, "ports").stream()
                .filter(cp -> p.equals(str(cp.get("name"))) || p.equals(str(cp.get("containerPort"))))
                .map(cp -> Integer.valueOf(str(cp.get("containerPort"))))
                .findFirst().orElse(null);
    }

    /** Whether {@code port} (a number or a port name) is one of the container's ports. */
    static boolean containerPort(Map<String, Object> container, Object port) {
        if (port == null) {
            return false;
        }
        String p = str(port);
        return maps(container, "ports").stream()
                .anyMatch(cp -> p.equals(str(cp.get("name"))) || p.equals(str(cp.get("containerPort"))));
    }

    /** A pod volume, or (for a StatefulSet) a volumeClaimTemplate as {persistentVolumeClaim: ...}; null if none. */
    static Map<String, Object> volume(Workload w, String name) {
        Optional<Map<String, Object>> pod = maps(w.podSpec(), "volumes").stream()
                .filter(v -> Objects.equals(name, v.get("name"))).findFirst();
        if (pod.isPresent()) {
            return pod.get();
        }
        return maps(w.spec(), "volumeClaimTemplates").stream()
                .filter(t -> Objects.equals(name, map(t, "metadata").get("name")))
                .map(t -> Map.<String, Object>of("name", name, "persistentVolumeClaim", t))
                .findFirst().orElse(null);
    }

    static boolean isBlank(Object o) {
        return o == null || str(o).isBlank();
    }

    static long bytes(String quantity) {
        Matcher mm = Pattern.compile("(\\d+(?:\\.\\d+)?)([KMGT]i?|k)?").matcher(quantity);
        if (!mm.matches()) {
            fail("unparseable quantity " + quantity);
        }
        double n = Double.parseDouble(mm.group(1));
        String unit = mm.group(2) == null ? "" : mm.group(2);
        double factor = switch (unit) {
            case "Ki" -> 1024d;
            case "Mi" -> 1024d * 1024;
            case "Gi" -> 1024d * 1024 * 1024;
            case "Ti" -> 1024d * 1024 * 1024 * 1024;
            case "k", "K" -> 1e3;
            case "M" -> 1e6;
            case "G" -> 1e9;
            case "T" -> 1e12;
            default -> 1;
        };
        return (long) (n * factor);
    }

    @SuppressWarnings("unchecked")
    static void walkStrings(Object node, String path, BiConsumer<String, String> visitor) {
        if (node instanceof Map) {
            ((Map<String, Object>) node).forEach((k, v) -> walkStrings(v, path + "/" + k, visitor));
        } else if (node instanceof List) {
            List<Object> l = (List<Object>) node;
            for (int i = 0; i < l.size(); i++) {
                Object item = l.get(i);
                String step = item instanceof Map && ((Map<String, Object>) item).get("metadata") instanceof Map
                        ? ((Map<String, Object>) item).get("kind") + "/" + name((Map<String, Object>) item)
                        : "[" + i + "]";
                walkStrings(item, path + "/" + step, visitor);
            }
        } else if (node instanceof String) {
            visitor.accept(path, (String) node);
        }
    }

    /** Runs one invariant on the rendered target, collecting violations; fails once with all of them. */
    static void check(String target, String invariant, BiConsumer<Manifests, List<String>> body) {
        List<String> errors = new ArrayList<>();
        body.accept(Kustomize.render(target), errors);
        Set<String> unique = new java.util.LinkedHashSet<>(errors);
        if (!unique.isEmpty()) {
            fail(invariant + " violated in " + target + ":\n  - " + String.join("\n  - ", unique));
        }
    }
}
