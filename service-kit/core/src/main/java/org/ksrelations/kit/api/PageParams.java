package org.ksrelations.kit.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of a keyset-paginated list ({@code limit}, {@code cursor}, {@code includeTotal}), taken as a
 * {@code @BeanParam}: each is kept as sent and checked when the list reads it, so a resource checks them in the order
 * it always has.
 */
public class PageParams {

    @Parameter(description = "Page size, 1–500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
    @QueryParam("limit")
    String limit;

    @Parameter(description = "Opaque cursor from nextCursor")
    @QueryParam("cursor")
    String cursor;

    @Parameter(description = "Include totalItems", schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("includeTotal")
    String includeTotal;

    /** The page size; 400 unless 1–500 (50 when absent). */
    public int limit() {
        return Params.limit(limit);
    }

    /** The cursor of a list in sort {@code sort}; null on the first page, 400 for a cursor of another sort or a forged one. */
    public Cursor cursor(String sort) {
        return Cursor.decode(cursor, sort);
    }

    /** Whether the page carries {@code totalItems}. */
    public boolean includeTotal() {
        return Params.bool("includeTotal", includeTotal);
    }
}
