namespace Ics2Port.Functions.Permits;

/// <summary>The permit applications of a port that customs have still to decide, oldest first.</summary>
public sealed record PermitWorklist(string Port, string ControlPoint, IReadOnlyList<AwaitingPermit> Items);
