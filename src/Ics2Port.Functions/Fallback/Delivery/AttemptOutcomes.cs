namespace Ics2Port.Functions.Fallback.Delivery;

using Ics2Port.Functions.Fallback.Channels;

/// <summary>How an attempt ended, as attempts record it.</summary>
public static class AttemptOutcomes
{
    /// <summary>Claimed and under way; left so by a worker that died, it is repeated with the same reference.</summary>
    public const string Started = "started";

    /// <summary>The port system took it.</summary>
    public const string Delivered = "delivered";

    /// <summary>The EDS took the letter, or the SMTP server the e-mail.</summary>
    public const string Sent = "sent";

    public const string Unavailable = "unavailable";
    public const string Rejected = "rejected";
    public const string NotUsable = "not-usable";

    /// <summary>The agent's own e-mail to the control point reached Ics2Port through the fallback inbox; nothing more is sent.</summary>
    public const string Received = "received";

    /// <summary>The authority confirmed the hand-over.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>A started attempt whose worker died and that the state no longer calls for; what became of it is not known.</summary>
    public const string Unknown = "unknown";

    public static string Of(ChannelOutcomeKind kind, string success) => kind switch
    {
        ChannelOutcomeKind.Succeeded => success,
        ChannelOutcomeKind.Unavailable => Unavailable,
        ChannelOutcomeKind.Rejected => Rejected,
        ChannelOutcomeKind.NotUsable => NotUsable,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
