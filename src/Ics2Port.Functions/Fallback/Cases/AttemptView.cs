namespace Ics2Port.Functions.Fallback.Cases;

using Ics2Port.Storage.Deliveries;

/// <summary>One attempt of a case as the API shows it; <c>reference</c> is the EDS letter id or the e-mail's Message-ID.</summary>
public sealed record AttemptView(
    int Number,
    string Channel,
    string Outcome,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    string? Reference,
    int? Resumptions)
{
    public static AttemptView From(DeliveryAttempt attempt) => new(
        attempt.Number,
        attempt.Channel,
        attempt.Outcome,
        attempt.StartedAt,
        attempt.FinishedAt,
        attempt.Error,
        attempt.Reference,
        attempt.Resumptions > 0 ? attempt.Resumptions : null);
}
