namespace Ics2Port.Domain.PortCalls;

/// <summary>Which way the ship moves; FAL-ARR and FAL-DEP require different documents.</summary>
public enum Direction
{
    Arrival,
    Departure,
}
