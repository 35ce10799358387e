package ro.casefile.service;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a meeting is cancelled (optional)")
public record MeetingCancellation(
        @Size(max = 1000) @Schema(maxLength = 1000) String reason) {
}
