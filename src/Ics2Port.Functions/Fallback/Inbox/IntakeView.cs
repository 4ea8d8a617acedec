namespace Ics2Port.Functions.Fallback.Inbox;

using Ics2Port.Storage.FallbackInbox;

/// <summary>
/// An intake as the API shows it. <c>link</c> says how its port call was found (<c>port-call-id</c>, <c>imo-voyage</c>) or
/// that it was not (<c>unlinked</c>); <c>duplicate</c> is true when this request carried a Message-ID taken in before.
/// </summary>
public sealed record IntakeView(
    string IntakeId,
    string MessageId,
    string From,
    string To,
    string Subject,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RecordedAt,
    string Status,
    string Link,
    string? PortCallId,
    string? AgentId,
    IReadOnlyList<IntakeAttachmentView> Attachments,
    bool? Duplicate = null)
{
    public static IntakeView Of(IntakeRecord intake, bool? duplicate = null) => new(
        intake.IntakeId,
        intake.MessageId,
        intake.From,
        intake.To,
        intake.Subject,
        intake.ReceivedAt,
        intake.RecordedAt,
        intake.Status,
        intake.Link,
        intake.PortCallId,
        intake.AgentId,
        [.. intake.Attachments.Select(IntakeAttachmentView.From)],
        duplicate);
}
