namespace Ics2Port.Domain.PortCalls;

/// <summary>The arrival or departure a document belongs to, as a calendar date in the port (Europe/Riga).</summary>
internal sealed record PortCallMovement(string Name, DateOnly Date)
{
    /// <summary>
    /// The movement of the context's direction; a departure without an ETD falls back to the arrival,
    /// the earliest moment the documents must be valid. Null when the port call has no times.
    /// </summary>
    public static PortCallMovement? Of(DocumentContext context)
    {
        if (context.Direction == Direction.Departure && context.Etd is { } etd)
        {
            return new PortCallMovement("departure", PortTime.LocalDate(etd));
        }

        return context.Eta is { } eta ? new PortCallMovement("arrival", PortTime.LocalDate(eta)) : null;
    }
}
