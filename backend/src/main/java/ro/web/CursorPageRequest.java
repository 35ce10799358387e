package ro.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ro.rules.Invalid;

/**
 * A page of a list that also reads by cursor: {@code after} (the {@code next} of the previous page) returns the rows
 * after it with no offset. A cursor continues a walk, so it comes without a page number (or with page 0).
 */
public class CursorPageRequest extends PageRequest {

    @QueryParam("after")
    @Size(max = 800)
    @Pattern(regexp = "[A-Za-z0-9_-]+")
    @Parameter(description = "The `next` cursor of the previous page: the rows after it, without offset (page must then be 0)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 800, pattern = "^[A-Za-z0-9_-]+$"))
    String after;

    /** The cursor to resume after, or null for a page by number; refused beside a page other than 0. */
    public String after() {
        if (after != null && page() != 0) {
            throw Invalid.field("after", "WithoutPage", "list.after.page");
        }
        return after;
    }
}
