package org.ksrelations.deploy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The parsed output of one {@code kubectl kustomize} run, with navigation helpers over the plain YAML maps. */
final class Manifests {

    /** A Deployment or StatefulSet and its pod template. */
    record Workload(String kind, String name, Map<String, Object> doc) {

        Map<String, Object> spec() {
            return map(doc, "spec");
        }

        Map<String, Object> podSpec() {
            return map(doc, "spec", "template", "spec");
        }

        Map<String, Object> templateLabels() {
            return map(doc, "spec", "template", "metadata", "labels");
        }

        Map<String, Object> selector() {
            return map(doc, "spec", "selector", "matchLabels");
        }

        /** containers and initContainers */
        List<Map<String, Object>> allContainers() {
            List<Map<String, Object>> all = new ArrayList<>(maps(podSpec(), "containers"));
            all.addAll(maps(podSpec(), "initContainers"));
            return all;
        }

        List<Map<String, Object>> containers() {
            return maps(podSpec(), "containers");
        }

        String label() {
            return kind + "/" + name;
        }

        /** The app (gateway or service) this workload runs, if it is one of the four. */
        Optional<Repo.App> app() {
            String n = str(templateLabels().get("app.kubernetes.io/name"));
            return Repo.APPS.stream().filter(a -> a.name().equals(n)).findFirst();
        }
    }

    final String target;
    final List<Map<String, Object>> docs;

    Manifests(String target, List<Map<String, Object>> docs) {
        this.target = target;
        this.docs = List.copyOf(docs);
    }

    List<Map<String, Object>> ofKind(String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(name(d))).findFirst();
    }

    /** The rendered object of that kind and name; fails the test when there is none. */
    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    List<Workload> workloads() {
        List<Workload> list = new ArrayList<>();
        for (Map<String, Object> d : docs) {
            Object kind = d.get("kind");
            if ("Deployment".equals(kind) || "StatefulSet".equals(kind)) {
                list.add(new Workload((String) kind, name(d), d));
            }
        }
        return list;
    }

    Optional<Workload> workload(String name) {
        return workloads().stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** The workloads whose pod template labels satisfy {@code selector} (an empty selector selects nothing here). */
    List<Workload> selectedBy(Map<String, Object> selector) {
        if (selector == null || selector.isEmpty()) {
            return List.of();
        }
        return workloads().stream().filter(w -> matches(selector, w.templateLabels())).toList();
    }

    /** The data of a rendered ConfigMap, null if it is not in the output. */
    Map<String, Object> configMapData(String name) {
        return find("ConfigMap", name).map(d -> map(d, "data")).orElse(null);
    }

    /** The environment of a container as the pod sees it: envFrom ConfigMaps, then env (literal or reference). */
    Map<String, Object> environment(Map<String, Object> container) {
        Map<String, Object> env = new java.util.LinkedHashMap<>();
        for (Map<String, Object> from : maps(container, "envFrom")) {
            Map<String, Object> cm = map(from, "configMapRef");
            if (!cm.isEmpty()) {
                Map<String, Object> data = configMapData(str(cm.get("name")));
                if (data != null) {
                    data.forEach((k, v) -> env.put(str(map(from).getOrDefault("prefix", "")) + k, v));
                }
            }
            Map<String, Object> secret = map(from, "secretRef");
            if (!secret.isEmpty()) {
                env.put("<all keys of Secret " + secret.get("name") + ">", secret);
            }
        }
        for (Map<String, Object> e : maps(container, "env")) {
            env.put(str(e.get("name")), e.containsKey("value") ? e.get("value") : e.get("valueFrom"));
        }
        return env;
    }

    // ---- plain-YAML navigation ----------------------------------------------------------------------------------

    static String name(Map<String, Object> doc) {
        return str(map(doc, "metadata").get("name"));
    }

    static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    /** The map at {@code path} below {@code root}; an empty map when any step is missing. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> root, String... path) {
        Object cur = root;
        for (String step : path) {
            if (!(cur instanceof Map)) {
                return Collections.emptyMap();
            }
            cur = ((Map<String, Object>) cur).get(step);
        }
        return cur instanceof Map ? (Map<String, Object>) cur : Collections.emptyMap();
    }

    /** The list of maps at {@code key}; empty when missing. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> root, String key) {
        Object v = root == null ? null : root.get(key);
        if (!(v instanceof List)) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : (List<Object>) v) {
            if (o instanceof Map) {
                out.add((Map<String, Object>) o);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> root, String key) {
        Object v = root == null ? null : root.get(key);
        return v instanceof List ? (List<Object>) v : List.of();
    }

    /** Equality-based label selector semantics (matchLabels or a Service selector). */
    static boolean matches(Map<String, Object> selector, Map<String, Object> labels) {
        if (selector == null || selector.isEmpty() || labels == null) {
            return false;
        }
        return selector.entrySet().stream()
                .allMatch(e -> Objects.equals(str(e.getValue()), str(labels.get(e.getKey()))));
    }
}
