namespace Ics2Port.Functions.Fallback.Cases;

public sealed record FallbackCaseList(IReadOnlyList<FallbackCaseView> Items);
