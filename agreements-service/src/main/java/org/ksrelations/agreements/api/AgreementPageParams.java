package org.ksrelations.agreements.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.api.Params;

/**
 * The paging parameters of the agreements' lists, taken as a {@code @BeanParam}: the kit's paging parameters with
 * examples (their words are the kit's OpenAPI conventions); each is kept as sent and checked when the list reads it.
 */
public class AgreementPageParams {

    @Parameter(example = "50")
    @QueryParam("limit")
    String limit;

    @QueryParam("cursor")
    String cursor;

    @Parameter(example = "true")
    @QueryParam("includeTotal")
    String includeTotal;

    int limit() {
        return Params.limit(limit);
    }

    Cursor cursor(String sort) {
        return Cursor.decode(cursor, sort);
    }

    boolean includeTotal() {
        return Params.bool("includeTotal", includeTotal);
    }
}
