package ro.relay.rest;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ro.relay.service.AuthorCopy;
import ro.relay.service.MessageView;
import ro.relay.service.NewMessage;
import ro.relay.service.PlaybackService;
import ro.relay.service.RecipientCopy;
import ro.relay.service.RelayService.FileRole;
import ro.relay.service.NewMessageChoices;
import ro.relay.service.NewMessageOptions;
import ro.relay.service.RelayService;
import ro.security.Roles;
import ro.web.IfMatch;
import ro.web.Tagged;

/** Messages of a case: the case's mediators and coordinators only (404 for a mediator not on the case). */
@Path("/api/cases/{caseId}/messages")
@Tag(name = "Message relay")
@RolesAllowed({ Roles.COORDINATOR, Roles.MEDIATOR })
public class MessageResource {

    @Inject
    RelayService relay;
    @Inject
    PlaybackService playback;

    @Inject
    NewMessageChoices choices;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a message for its author (a draft)")
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<MessageView> recordMessage(@PathParam("caseId") UUID caseId, @NotNull @Valid NewMessage message) {
        return tagged(relay.record(caseId, message), 201);
    }

    @GET
    @Path("/options")
    @Operation(summary = "What a new message may be now", description = "For each author and recipient on the other side, the kinds the rules allow "
            + "(chosen for the case, the author takes part, the recipient agreed), and the reason recording each other kind would be refused.")
    @APIResponse(responseCode = "200", description = "The choices")
    public NewMessageOptions newMessageOptions(@PathParam("caseId") UUID caseId) {
        return choices.of(caseId);
    }

    @GET
    @Operation(summary = "The case's messages, originals and approved versions")
    @APIResponse(responseCode = "200", description = "The messages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MessageView.class, maxItems = 10000)))
    public List<MessageView> listMessages(@PathParam("caseId") UUID caseId) {
        return relay.list(caseId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a message", description = "Open correction requests about this record (Privacy Act) are listed at GET /api/corrections?recordType=MESSAGE&recordId={id}, not in this view.")
    @APIResponse(responseCode = "200", description = "The message", headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<MessageView> getMessage(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return tagged(relay.read(caseId, id), 200);
    }

    @PUT
    @Path("/{id}/text")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft's text")
    @APIResponse(responseCode = "200", description = "Changed")
    public RestResponse<MessageView> reviseMessage(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid MessageText text) {
        return tagged(relay.revise(caseId, id, ifMatch.version(), text.text()), 200);
    }

    @POST
    @Path("/{id}/uploads/{role}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the original (DRAFT) or redacted (IN_REVIEW) file, streamed to storage",
            description = "The type is recognised by content: PDF, JPEG or PNG for letters; MP4 or WebM for video messages. Size limits are configured (20 MB scans, 1 GB video by default). A refused or interrupted upload leaves nothing behind.")
    @RequestBody(required = true, content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Attached", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<MessageView> uploadMessageFile(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id,
            @PathParam("role") @Parameter(schema = @Schema(enumeration = { "original", "redacted" }, type = SchemaType.STRING)) String role,
            InputStream body) {
        FileRole fileRole = switch (role) {
            case "original" -> FileRole.ORIGINAL;
            case "redacted" -> FileRole.REDACTED;
            default -> throw new jakarta.ws.rs.NotFoundException();
        };
        return tagged(relay.upload(caseId, id, fileRole, body), 200);
    }

    @GET
    @Path("/{id}/files/{fileId}")
    @Produces({ "application/pdf", "image/jpeg", "image/png", "video/mp4", "video/webm", MediaType.APPLICATION_JSON })
    @Operation(summary = "Read a message's file; a byte range (Range: bytes=start-end) answers 206 so video can be sought")
    @APIResponse(responseCode = "200", description = "The whole file", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The range asked for", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "416", description = "The range is outside the file")
    @APIResponse(responseCode = "503", description = "The file is encrypted at rest with a key the API is not given; nothing of it is sent",
            content = @Content(mediaType = ro.web.ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = ro.web.Problem.class)))
    public Response readMessageFile(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id, @PathParam("fileId") UUID fileId,
            @HeaderParam("Range") @Parameter(in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING, maxLength = 60)) String range) {
        return FileResponses.ranged(relay.readFile(caseId, id, fileId, range), range).build();
    }

    @POST
    @Path("/{id}/files/{fileId}/playback")
    @Operation(summary = "A playback grant for a video: its address, for a <video src>, good for one request within a minute",
            description = "A video element cannot send the bearer token. The grant is bound to the file and the caller; its first request opens a "
                    + "session (an HttpOnly cookie scoped to the address) for the element's following range requests. Same access rule as reading the file.")
    @APIResponse(responseCode = "201", description = "Granted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaybackTicket.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", description = "The file is encrypted at rest with a key the API is not given",
            content = @Content(mediaType = ro.web.ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = ro.web.Problem.class)))
    public RestResponse<PlaybackTicket> grantPlayback(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
        return RestResponse.status(RestResponse.Status.CREATED, PlaybackTicket.of(playback.grant(caseId, id, fileId)));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "DRAFT → IN_REVIEW: put the message before a mediator for screening")
    @APIResponse(responseCode = "200", description = "Submitted")
    public RestResponse<MessageView> submitMessage(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id, @BeanParam IfMatch ifMatch) {
        return tagged(relay.submit(caseId, id, ifMatch.version()), 200);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "IN_REVIEW → APPROVED, deciding every part: as is or redacted",
            description = "Refused (422) while a part is undecided, a decision names a part the message does not have, a file is not stated checked, or the text to relay still holds a recorded contact detail of the author's side (named masked).")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<MessageView> approveMessage(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid Approval approval) {
        return tagged(relay.approve(caseId, id, ifMatch.version(), approval.decision()), 200);
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "IN_REVIEW → back to DRAFT, with comments for revision")
    @APIResponse(responseCode = "200", description = "Returned")
    public RestResponse<MessageView> returnMessage(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid ScreeningNote comments) {
        return tagged(relay.giveBack(caseId, id, ifMatch.version(), comments.text()), 200);
    }

    @POST
    @Path("/{id}/withhold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "IN_REVIEW → WITHHELD, with the reason")
    @APIResponse(responseCode = "200", description = "Withheld")
    public RestResponse<MessageView> withholdMessage(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid ScreeningNote reason) {
        return tagged(relay.withhold(caseId, id, ifMatch.version(), reason.text()), 200);
    }

    @POST
    @Path("/{id}/deliver")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "APPROVED → DELIVERED; refused (409) while either side has withdrawn, the case is on safety hold or not in DIALOGUE, or the recipient has not agreed to this way",
            description = "deliveredAt (optional, now when absent) records when it was delivered, e.g. the day a letter was mailed: 400 when it is in the future, 422 when it is before the approval.")
    @APIResponse(responseCode = "200", description = "Delivered")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<MessageView> deliverMessage(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid Delivery delivery) {
        return tagged(relay.deliver(caseId, id, ifMatch.version(), delivery.method(), delivery.deliveredAt()), 200);
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "DELIVERED → ACKNOWLEDGED, with the recipient's decision whether the author may know")
    @APIResponse(responseCode = "200", description = "Acknowledged")
    public RestResponse<MessageView> acknowledgeMessage(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid Acknowledgement ack) {
        return tagged(relay.acknowledge(caseId, id, ifMatch.version(), ack.authorMayKnow()), 200);
    }

    @GET
    @Path("/{id}/recipient-copy")
    @Operation(summary = "What the recipient's side is given: the approved version only")
    @APIResponse(responseCode = "200", description = "The approved version")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RecipientCopy getRecipientCopy(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return relay.recipientCopy(caseId, id);
    }

    @GET
    @Path("/{id}/letter.pdf")
    @Produces({ "application/pdf", MediaType.APPLICATION_JSON })
    @Operation(summary = "A printable PDF of an approved letter for mailing, its fixed text in the recipient's language")
    @APIResponse(responseCode = "200", description = "The letter", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response getLetterPdf(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return Response.ok(relay.letterPdf(caseId, id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"letter-" + id + ".pdf\"").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{id}/author-copy")
    @Operation(summary = "What the author's side may be told of the message")
    @APIResponse(responseCode = "200", description = "The author's view")
    public AuthorCopy getAuthorCopy(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return relay.authorCopy(caseId, id);
    }

    private static RestResponse<MessageView> tagged(MessageView view, int status) {
        return Tagged.status(status, view, view.version());
    }
}
