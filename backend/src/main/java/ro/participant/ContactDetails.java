package ro.participant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.rules.Text;

@Schema(description = "How to reach a harmed person or support person safely. Seen only by coordinators and the mediators of their case; never recorded for offenders.")
public record ContactDetails(
        @Size(max = 40) @Pattern(regexp = "^[0-9+() .x-]{7,40}$") @Schema(maxLength = 40, example = "+1 613 555 0100") String phone,
        @Size(max = 254) @Email @Schema(maxLength = 254) String email,
        @Size(max = 500) @Schema(maxLength = 500) String postalAddress,
        @Schema(description = "How they prefer to be contacted") ContactMethod preferredMethod,
        @Size(max = 500) @Schema(description = "When it is safe to contact them", maxLength = 500) String safeTimes,
        @NotNull @Schema(description = "Whether a message may be left for them", required = true) Boolean mayLeaveMessage) {

    Contact toContact() {
        Contact c = new Contact();
        c.phone = Text.blankToNull(phone);
        c.email = Text.blankToNull(email);
        c.postalAddress = Text.blankToNull(postalAddress);
        c.preferredMethod = preferredMethod;
        c.safeTimes = Text.blankToNull(safeTimes);
        c.mayLeaveMessage = mayLeaveMessage;
        return c;
    }

    static ContactDetails of(Contact c) {
        if (c == null || c.mayLeaveMessage == null) {
            return null;
        }
        return new ContactDetails(c.phone, c.email, c.postalAddress, c.preferredMethod, c.safeTimes, c.mayLeaveMessage);
    }
}
