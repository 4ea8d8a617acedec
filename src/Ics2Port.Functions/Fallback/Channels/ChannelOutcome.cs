namespace Ics2Port.Functions.Fallback.Channels;

/// <summary>The result of one attempt on a delivery channel; expected failures are values, not exceptions.</summary>
/// <param name="Kind">How the attempt ended.</param>
/// <param name="Reference">The peer's reference on success: the EDS letter id, the e-mail's Message-ID.</param>
/// <param name="Message">Why it did not succeed, for the attempt record.</param>
/// <param name="StatusCode">The peer's HTTP or SMTP status code, when there was one.</param>
/// <param name="Answer">The peer's answer on success, when it says more than that it took the version (a permit decision).</param>
public sealed record ChannelOutcome(ChannelOutcomeKind Kind, string? Reference = null, string? Message = null, int? StatusCode = null, string? Answer = null)
{
    public bool Succeeded => Kind == ChannelOutcomeKind.Succeeded;

    public static ChannelOutcome Delivered(int? statusCode = null, string? answer = null) => new(ChannelOutcomeKind.Succeeded, StatusCode: statusCode, Answer: answer);

    public static ChannelOutcome Sent(string reference, int? statusCode = null) => new(ChannelOutcomeKind.Succeeded, reference, StatusCode: statusCode);

    public static ChannelOutcome Unavailable(string message, int? statusCode = null) => new(ChannelOutcomeKind.Unavailable, Message: message, StatusCode: statusCode);

    public static ChannelOutcome Rejected(string message, int? statusCode = null) => new(ChannelOutcomeKind.Rejected, Message: message, StatusCode: statusCode);

    public static ChannelOutcome NotUsable(string message) => new(ChannelOutcomeKind.NotUsable, Message: message);
}
