package org.ksrelations.kit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.ksrelations.kit.problem.Problem;
import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.problem.ProblemType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** RFC 7396 JSON merge patch, and the one way a PATCH body is read, merged and validated. */
public final class MergePatch {

    private MergePatch() {
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> it = patch.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), apply(result.get(e.getKey()), e.getValue()));
            }
        }
        return result;
    }

    /**
     * {@code body} merged into {@code current} (the record as its input type) and read back as {@code type}, then
     * validated: 400 for a body that is not a JSON object or gives a field the wrong type, 422 for a broken rule.
     */
    public static <T> T merge(ObjectMapper mapper, Validator validator, Object current, byte[] body, Class<T> type) {
        return merge(mapper, validator, current, body, type, field -> true, null);
    }

    /**
     * As {@link #merge(ObjectMapper, Validator, Object, byte[], Class)}, where only the top-level fields that
     * {@code patchable} accepts may be changed (422 naming the others, with {@code why}).
     */
    public static <T> T merge(ObjectMapper mapper, Validator validator, Object current, byte[] body, Class<T> type,
                              Predicate<String> patchable, String why) {
        JsonNode patch;
        try {
            patch = body == null || body.length == 0 ? null : mapper.readTree(body);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "malformed JSON body", null);
        }
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "a merge patch must be a JSON object", null);
        }
        List<Problem.FieldError> refused = new ArrayList<>();
        patch.fieldNames().forEachRemaining(f -> {
            if (!patchable.test(f)) {
                refused.add(new Problem.FieldError(f.length() > 40 ? f.substring(0, 40) : f, why));
            }
        });
        if (!refused.isEmpty()) {
            throw ProblemException.invalid(refused);
        }
        JsonNode merged = apply(mapper.valueToTree(current), patch);
        T input;
        try {
            input = mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "a field has the wrong type or an unknown value", null);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }
}
