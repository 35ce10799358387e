package ro.lists;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a page stands in its list, the same on every list page (unwrapped beside the page's items on the wire). */
public record Paging(
        @Schema(required = true, description = Total.TOTAL) long total,
        @Schema(required = true, description = Total.IS_EXACT) boolean totalIsExact,
        @Schema(required = true, description = "Zero-based page number (0 when read by cursor)") int page,
        @Schema(required = true, description = "Page size") int size,
        @Schema(nullable = true, description = Total.NEXT) String next) {

    /** An empty list: nothing the caller may see. */
    public static Paging none(int page, int size) {
        return new Paging(0, true, page, size, null);
    }
}
