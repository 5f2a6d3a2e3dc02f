package org.ksrelations.agreements.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ksrelations.kit.api.Params;

import java.time.OffsetDateTime;

/**
 * What the lists of an agreement's children (provisions, milestones) take alike, as a {@code @BeanParam}: the
 * agreement's slug, {@code updatedSince} (which asks about the agreement, whose version is the list's ETag) and the
 * paging parameters. Each is kept as sent and checked when the list reads it.
 */
public class AgreementChildList extends AgreementPageParams {

    @Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement")
    @PathParam("slug")
    String slug;

    @Parameter(description = "Nothing unless the agreement changed after this instant (ISO-8601)",
            example = "2026-01-01T00:00:00Z")
    @QueryParam("updatedSince")
    String updatedSince;

    /** The instant after which the agreement must have changed for the list to hold anything; null for any. */
    OffsetDateTime updatedSince() {
        return Params.timestamp("updatedSince", updatedSince);
    }
}
