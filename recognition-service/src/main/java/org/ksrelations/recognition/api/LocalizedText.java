package org.ksrelations.recognition.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documentation type: text by language code ({@code en} always present). */
@Schema(name = "LocalizedText", description = "Text by ISO 639-1 language code; 'en' is always present",
        additionalProperties = String.class,
        examples = "{\"en\": \"Kosovo declares independence\", \"mk\": \"Косово прогласува независност\"}")
public final class LocalizedText {
    private LocalizedText() {
    }
}
