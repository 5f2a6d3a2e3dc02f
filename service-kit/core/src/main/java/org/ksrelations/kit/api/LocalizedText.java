package org.ksrelations.kit.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** Documentation type: text by language code ({@code en} always present). */
@Schema(name = "LocalizedText", description = "Text by ISO 639-1 language code; 'en' is always present",
        type = SchemaType.OBJECT, additionalProperties = String.class, requiredProperties = "en",
        properties = {@SchemaProperty(name = "en", type = SchemaType.STRING, description = "English text"),
                @SchemaProperty(name = "mk", type = SchemaType.STRING, description = "Macedonian text, when the sources give one")},
        examples = "{\"en\": \"Kosovo declares independence\", \"mk\": \"Косово прогласува независност\"}")
public final class LocalizedText {
    private LocalizedText() {
    }
}
