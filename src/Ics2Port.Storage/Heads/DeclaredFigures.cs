namespace Ics2Port.Storage.Heads;

/// <summary>What a FAL 1 declares that decides the other documents of its direction (FAL-ARR, FAL-DEP, CONSISTENCY).</summary>
public sealed record DeclaredFigures(int? NumberOfCrew, int? NumberOfPassengers, bool? StoresChanged, bool? CrewChanged);
