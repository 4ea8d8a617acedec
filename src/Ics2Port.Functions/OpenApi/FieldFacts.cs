namespace Ics2Port.Functions.OpenApi;

/// <summary>What the OpenAPI document says about one field beyond its C# type: the rule that checks it and its shape.</summary>
public sealed record FieldFacts(string Description)
{
    /// <summary>An ECMA-262 pattern that accepts what the domain accepts (a check digit is the rule's to check).</summary>
    public string? Pattern { get; init; }

    public string? Format { get; init; }

    /// <summary>The values allowed, compared exactly.</summary>
    public IReadOnlyList<string>? Values { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? ExclusiveMinimum { get; init; }

    public int? MinItems { get; init; }

    /// <summary>These facts with <paramref name="description"/> before their own, for a field that says more than its code.</summary>
    public FieldFacts As(string description) => this with { Description = $"{description} {Description}" };
}
