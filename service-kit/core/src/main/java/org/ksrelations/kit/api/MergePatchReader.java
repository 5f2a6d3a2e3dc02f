package org.ksrelations.kit.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import java.util.function.Predicate;

/**
 * {@link MergePatch#merge} with the application's {@code ObjectMapper} and {@code Validator}, so that a resource that
 * takes a PATCH injects this one bean instead of both.
 */
@ApplicationScoped
public class MergePatchReader {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    /** {@code body} merged into {@code current} (the record as its input type), read back as {@code type} and validated. */
    public <T> T merge(Object current, byte[] body, Class<T> type) {
        return MergePatch.merge(mapper, validator, current, body, type);
    }

    /** As {@link #merge(Object, byte[], Class)}, where only the top-level fields {@code patchable} accepts may change. */
    public <T> T merge(Object current, byte[] body, Class<T> type, Predicate<String> patchable, String why) {
        return MergePatch.merge(mapper, validator, current, body, type, patchable, why);
    }
}
