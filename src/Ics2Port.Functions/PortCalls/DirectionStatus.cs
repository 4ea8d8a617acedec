namespace Ics2Port.Functions.PortCalls;

/// <summary>One direction of a port call: the latest accepted version of each document, and the types still required.</summary>
public sealed record DirectionStatus(IReadOnlyList<DocumentState> Documents, IReadOnlyList<string> Missing, bool Complete);
