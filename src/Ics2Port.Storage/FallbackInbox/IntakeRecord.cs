using Azure;

namespace Ics2Port.Storage.FallbackInbox;

/// <summary>An e-mail received by customs during an outage and taken in by the fallback inbox.</summary>
public sealed record IntakeRecord
{
    /// <summary>Lower-case hex SHA-256 of the Message-ID: one intake per e-mail however often it is posted.</summary>
    public required string IntakeId { get; init; }

    /// <summary>The e-mail's Message-ID as posted.</summary>
    public required string MessageId { get; init; }

    /// <summary>The sender.</summary>
    public required string From { get; init; }

    /// <summary>The recipients, comma-separated.</summary>
    public required string To { get; init; }

    /// <summary>The subject; it names the port call.</summary>
    public required string Subject { get; init; }

    /// <summary>When customs received the e-mail.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>When the intake was first recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary><c>received</c> while its attachments are being filed; <c>processed</c> after.</summary>
    public required string Status { get; init; }

    /// <summary>How the port call was found: <c>port-call-id</c>, <c>imo-voyage</c>, or <c>unlinked</c> when it was not.</summary>
    public required string Link { get; init; }

    /// <summary>The port call the e-mail belongs to, when found.</summary>
    public string? PortCallId { get; init; }

    /// <summary>The agent owning that port call.</summary>
    public string? AgentId { get; init; }

    /// <summary>The posted JSON as it arrived, in the fallback container.</summary>
    public required string MessageBlobName { get; init; }

    /// <summary>Every attachment, in the e-mail's order.</summary>
    public required IReadOnlyList<IntakeAttachment> Attachments { get; init; }

    /// <summary>The row's ETag when read.</summary>
    public ETag ETag { get; init; }
}
