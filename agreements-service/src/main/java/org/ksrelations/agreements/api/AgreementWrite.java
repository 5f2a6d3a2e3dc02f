package org.ksrelations.agreements.api;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.kit.api.Params;

/**
 * What every write on an agreement or on one of its provisions or milestones names, taken as a {@code @BeanParam}:
 * the agreement's slug and the {@code If-Match} with the agreement's ETag (its version, whichever part changes).
 * Each is kept as sent and checked when the write reads it.
 */
public class AgreementWrite {

    @Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement")
    @PathParam("slug")
    String slug;

    @Parameter(description = "ETag of the agreement's current version", required = true, example = "\"3\"")
    @HeaderParam(HttpHeaders.IF_MATCH)
    String ifMatch;

    /** The version the client changes: that of {@code current}, or 428/412 when If-Match is missing or names another. */
    long expected(Agreement current) {
        return Params.ifMatch(ifMatch, current.version);
    }
}
