package org.ksrelations.kit.api;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Answers are written as UTF-8 throughout: a character beyond the Basic Multilingual Plane (an emoji, the flag 🇽🇰)
 * as its four UTF-8 bytes, as PostgreSQL writes it in the list pages it builds, not as the escaped surrogate pair
 * ({@code \uD83C\uDDFD}) Jackson writes by default. The same text, whichever of the two wrote it.
 */
@Singleton
public class Utf8Json implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8.mappedFeature());
    }
}
