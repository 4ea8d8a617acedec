namespace Ics2Port.Domain.GeneralDeclarations;

/// <summary>The master's name on FAL 1.</summary>
public sealed record MasterName
{
    public string? FamilyName { get; init; }
    public string? GivenNames { get; init; }
}
