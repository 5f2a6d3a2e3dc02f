package org.ksrelations.agreements.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.api.Params;

/**
 * The paging parameters of the agreements' lists, taken as a {@code @BeanParam} and documented with examples; each is
 * kept as sent and checked when the list reads it.
 */
public class AgreementPageParams {

    @Parameter(description = AgreementPaths.LIMIT_DOC, example = "50",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
    @QueryParam("limit")
    String limit;

    @Parameter(description = AgreementPaths.CURSOR_DOC)
    @QueryParam("cursor")
    String cursor;

    @Parameter(description = "Include totalItems", schema = @Schema(type = SchemaType.BOOLEAN), example = "true")
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
