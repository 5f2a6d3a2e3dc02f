// Validates Kubernetes objects against their JSON schemas, offline, with the kubernetes-models packages pinned in
// package-lock.json: Kubernetes itself (kubernetes-models) and the custom resources the overlays use (CloudNativePG,
// Gateway API, Prometheus Operator, Envoy Gateway).
//
// Usage: node validate.mjs objects.json
//   objects.json: a JSON array of rendered objects (deploy's SchemaValidationTest writes it from `kubectl kustomize`).
// Prints one line per object, tab-separated:
//   OK        <apiVersion> <kind> <name>
//   INVALID   <apiVersion> <kind> <name> <the schema errors>
//   NO_SCHEMA <apiVersion> <kind> <name>        (no package here carries that kind; the caller decides)
// Exits 0 when every object was looked at (the caller judges the lines), 2 on unusable input.
import { readFileSync } from "node:fs";

// the packages that carry schemas, in the order they are asked for a group/version
const PACKAGES = [
  "kubernetes-models",
  "@kubernetes-models/cloudnative-pg",
  "@kubernetes-models/gateway-api",
  "@kubernetes-models/prometheus-operator",
  "@kubernetes-models/envoy-gateway",
];

const modules = new Map();

async function moduleFor(pkg, group, version) {
  const specifier = group === "" ? `${pkg}/${version}` : `${pkg}/${group}/${version}`;
  if (!modules.has(specifier)) {
    try {
      modules.set(specifier, await import(specifier));
    } catch (e) {
      if (e.code !== "ERR_MODULE_NOT_FOUND" && e.code !== "ERR_PACKAGE_PATH_NOT_EXPORTED") {
        throw e;
      }
      modules.set(specifier, null);
    }
  }
  return modules.get(specifier);
}

/** The model class of apiVersion/kind in the first package that has it, or null. */
async function modelClass(apiVersion, kind) {
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.substring(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
  // the core group ("v1") is only in kubernetes-models
  for (const pkg of group === "" ? PACKAGES.slice(0, 1) : PACKAGES) {
    const mod = await moduleFor(pkg, group, version);
    const cls = mod && mod[kind];
    if (typeof cls === "function" && typeof cls.prototype.validate === "function") {
      return cls;
    }
  }
  return null;
}

function oneLine(text) {
  return String(text).replace(/\s+/g, " ").trim();
}

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate.mjs objects.json");
  process.exit(2);
}
let objects;
try {
  objects = JSON.parse(readFileSync(file, "utf8"));
} catch (e) {
  console.error(`cannot read ${file}: ${e.message}`);
  process.exit(2);
}
if (!Array.isArray(objects)) {
  console.error(`${file} is not a JSON array`);
  process.exit(2);
}
for (const object of objects) {
  const apiVersion = String(object?.apiVersion ?? "");
  const kind = String(object?.kind ?? "");
  const name = String(object?.metadata?.name ?? "");
  const cls = apiVersion && kind ? await modelClass(apiVersion, kind) : null;
  if (!cls) {
    console.log(["NO_SCHEMA", apiVersion, kind, name].join("\t"));
    continue;
  }
  try {
    new cls(object).validate();
    console.log(["OK", apiVersion, kind, name].join("\t"));
  } catch (e) {
    const details = Array.isArray(e.errors) && e.errors.length
      ? e.errors.map((x) => `${x.instancePath || "/"} ${x.message}${x.params ? " " + JSON.stringify(x.params) : ""}`).join("; ")
      : e.message;
    console.log(["INVALID", apiVersion, kind, name, oneLine(details)].join("\t"));
  }
}
