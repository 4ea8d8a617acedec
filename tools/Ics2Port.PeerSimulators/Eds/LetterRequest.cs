namespace Ics2Port.PeerSimulators.Eds;

/// <summary>Body of <c>POST /eds/correspondence/letters</c>.</summary>
public sealed record LetterRequest(
    string? Category,
    string? Subject,
    string? Body,
    IReadOnlyList<LetterAttachment>? Attachments,
    string? IdempotencyKey);
