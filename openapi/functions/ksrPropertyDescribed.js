// A schema property is described when it has a non-blank description of its own, or refers ($ref, or a member of
// allOf/anyOf/oneOf) to a schema of this document that is described. Run unresolved (resolved: false): a resolved
// $ref loses the description written next to it.
function target(document, ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) {
    return undefined;
  }
  return ref.slice(2).split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => (node == null ? undefined : node[key]), document);
}

function described(document, schema, seen) {
  if (schema == null || typeof schema !== 'object' || seen.has(schema)) {
    return false;
  }
  seen.add(schema);
  if (typeof schema.description === 'string' && schema.description.trim() !== '') {
    return true;
  }
  if (schema.$ref !== undefined) {
    return described(document, target(document, schema.$ref), seen);
  }
  return ['allOf', 'anyOf', 'oneOf'].some((k) => Array.isArray(schema[k])
    && schema[k].some((member) => described(document, member, seen)));
}

export default (property, _options, context) => {
  if (described(context.document.data, property, new Set())) {
    return [];
  }
  return [{ message: 'a schema property without a description (nor a described schema it refers to)' }];
};
