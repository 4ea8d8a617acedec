namespace Ics2Port.Functions.Fallback.Inbox;

using Ics2Port.Storage.FallbackInbox;

/// <summary>One attachment of an intake and what became of it (see <see cref="IntakeAttachment.Outcome"/>).</summary>
public sealed record IntakeAttachmentView(
    string FileName,
    string ContentType,
    int Length,
    string Sha256,
    string Outcome,
    string? DocumentId,
    int? Version,
    string? State,
    string? Detail)
{
    public static IntakeAttachmentView From(IntakeAttachment attachment) => new(
        attachment.FileName,
        attachment.ContentType,
        attachment.Length,
        attachment.Sha256,
        attachment.Outcome,
        attachment.DocumentId,
        attachment.Version,
        attachment.State,
        attachment.Detail);
}
