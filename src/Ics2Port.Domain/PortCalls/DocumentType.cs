namespace Ics2Port.Domain.PortCalls;

/// <summary>The documents of a port call (FAL-ARR, FAL-DEP). Wire names are <see cref="DocumentTypes"/>.</summary>
public enum DocumentType
{
    Fal1,
    Manifest,
    Fal3,
    Fal4,
    Fal5,
    Fal6,
}
