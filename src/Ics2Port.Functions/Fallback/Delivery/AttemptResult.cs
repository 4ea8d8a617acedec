namespace Ics2Port.Functions.Fallback.Delivery;

using Ics2Port.Domain.Fallback;

/// <summary>What an attempt's action reports: its outcome, the event it means for the case (if any), and the details to record.</summary>
public sealed record AttemptResult(string Outcome, FallbackEvent? Event, string? Error = null, string? Reference = null, string? OutageId = null);
