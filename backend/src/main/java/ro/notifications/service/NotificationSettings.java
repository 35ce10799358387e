package ro.notifications.service;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.notifications.model.NoticeLanguage;
import ro.notifications.model.NotificationFrequency;

@Schema(description = "Which e-mail notices a person gets and how often; a notice says only that work of a kind waits, never which case or person")
public record NotificationSettings(
        @NotNull @Schema(required = true, description = "Whether notices are sent by e-mail, to the address of the caller's account") Boolean emailEnabled,
        @NotNull @Size(max = 20) @Schema(required = true, maxItems = 20, uniqueItems = true,
                description = "The kinds of work to be told of: queue names of the caller's role (see `availableKinds`); 400 naming `kinds` for any other")
        List<@NotBlank @Size(max = 60) String> kinds,
        @NotNull @Schema(required = true) NotificationFrequency frequency,
        @NotNull @Schema(required = true, enumeration = { "en", "fr" }, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                description = "The language of the notices") NoticeLanguage language) {
}
