namespace Ics2Port.Domain.GeneralDeclarations;

/// <summary>What changed during the stay in port (FAL-DEP).</summary>
public sealed record ChangedDuringStay
{
    public bool? Stores { get; init; }
    public bool? Crew { get; init; }
}
