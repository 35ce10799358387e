package ro.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff member of the program (coordinator, mediator, staff, auditor, administrator) as people call them. */
@Schema(description = "A staff member as people call them: the user name they sign in with and the name to show")
public record StaffName(
        @Schema(required = true, maxLength = 100) String username,
        @Schema(required = true, maxLength = 200, description = "First and last name from the realm (or the roster); the user name when neither can say") String displayName) {

    /** Their user name as their name, when no one can say better. */
    public static StaffName unnamed(String username) {
        return new StaffName(username, username);
    }
}
