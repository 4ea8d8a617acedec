namespace Ics2Port.Functions.Outcomes;

/// <summary>Maps use-case outcomes to endpoint results.</summary>
public static class ApiOutcomeExtensions
{
    public static ApiOutcomeResult ToResult(this ApiOutcome outcome) => new(outcome);

    public static async Task<ApiOutcomeResult> ToResultAsync(this Task<ApiOutcome> outcome) => new(await outcome);
}
