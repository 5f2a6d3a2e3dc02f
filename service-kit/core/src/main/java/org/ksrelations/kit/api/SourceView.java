package org.ksrelations.kit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A citation; in and out. */
@Schema(name = "Source", description = "A citation the record rests on")
public record SourceView(
        @NotBlank @Size(max = 500)
        @Schema(description = "Title of the cited article, document or page, as published", examples = "Serbia recalls ambassador from US")
        String title,
        @Size(max = 200) @Schema(nullable = true, description = "Who published it (news outlet, government, organisation)", examples = "BBC")
        String publisher,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(nullable = true, description = "Where it can be read: an http(s) URL", examples = "http://news.bbc.co.uk/2/hi/europe/7251802.stm")
        String url,
        @Schema(nullable = true, description = "When it was published (ISO-8601 date)", examples = "2008-02-19") LocalDate publishedOn,
        @Schema(nullable = true, description = "When the curators last read it at url (ISO-8601 date)", examples = "2008-07-25")
        LocalDate accessedOn,
        @Size(max = 2000) @Schema(nullable = true, description = "Verbatim quote of the source that supports the record") String quote) {
}
