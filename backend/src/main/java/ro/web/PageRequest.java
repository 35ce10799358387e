package ro.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Which page of a list the caller wants: zero-based, with a bounded size. The numbers are read as
 * text and checked here, so a bad one is a 400 naming the parameter (JAX-RS would answer 404).
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;
    private static final String NUMBER = "-?[0-9]{1,9}";

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = NUMBER)
    @Min(0)
    @Max(100_000)
    @Parameter(description = "Zero-based page number",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "0", minimum = "0", maximum = "100000"))
    String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = NUMBER)
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Entries per page, 1 to 100",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "20", minimum = "1", maximum = "100"))
    String size;

    public int page() {
        return Integer.parseInt(page);
    }

    public int size() {
        return Integer.parseInt(size);
    }
}
