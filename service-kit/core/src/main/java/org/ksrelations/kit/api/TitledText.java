package org.ksrelations.kit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * The title and summary of a curated record as a view serves them, in the requested language or in every language,
 * and the language they are served in. A view writes them unwrapped ({@code @JsonUnwrapped}): properties of its own.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TitledText(
        @Schema(description = "Title in the requested language (string), or every language (object) with lang=all",
                ref = "LocalizedString")
        Object title,
        @Schema(description = "Summary in the requested language (string), or every language (object) with lang=all",
                ref = "LocalizedString")
        Object summary,
        @Schema(description = "The language the texts are served in (null with lang=all)", nullable = true, examples = "en")
        String lang) {

    /** The texts of a record (language code to text) as served in {@code lang}. */
    public static TitledText of(Map<String, String> title, Map<String, String> summary, Lang lang) {
        return new TitledText(lang.pick(title), lang.pick(summary), lang.served(title));
    }
}
