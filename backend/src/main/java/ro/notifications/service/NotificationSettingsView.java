package ro.notifications.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ro.notifications.model.NoticeLanguage;
import ro.notifications.model.NotificationFrequency;
import ro.work.WorkQueueName;

@Schema(description = "The caller's e-mail notice settings (the defaults until they first save them: no e-mail)")
public record NotificationSettingsView(
        @Schema(required = true) boolean emailEnabled,
        @Schema(required = true, description = "The kinds chosen, in the order of `availableKinds`") List<WorkQueueName> kinds,
        @Schema(required = true) NotificationFrequency frequency,
        @Schema(required = true, enumeration = { "en", "fr" }, type = SchemaType.STRING) NoticeLanguage language,
        @Schema(description = "The address notices go to: the caller's account's, as of their last save; absent until then or when the account has none")
        String email,
        @Schema(required = true, description = "The kinds of work the caller may be told of: the queues of their role(s)") List<WorkQueueName> availableKinds,
        @Schema(required = true, description = "0 until first saved; the ETag") long version) {
}
