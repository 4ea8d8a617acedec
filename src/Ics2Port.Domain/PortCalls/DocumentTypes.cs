namespace Ics2Port.Domain.PortCalls;

/// <summary>Wire names of directions and document types, as CONTRACT.md fixes them.</summary>
public static class DocumentTypes
{
    /// <summary>All document types in the order a person reads a port call.</summary>
    public static IReadOnlyList<DocumentType> All { get; } =
        [DocumentType.Fal1, DocumentType.Manifest, DocumentType.Fal3, DocumentType.Fal4, DocumentType.Fal5, DocumentType.Fal6];

    public static string ToWire(this DocumentType type) => type switch
    {
        DocumentType.Fal1 => "fal1",
        DocumentType.Manifest => "manifest",
        DocumentType.Fal3 => "fal3",
        DocumentType.Fal4 => "fal4",
        DocumentType.Fal5 => "fal5",
        DocumentType.Fal6 => "fal6",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string ToWire(this Direction direction) => direction switch
    {
        Direction.Arrival => "arrival",
        Direction.Departure => "departure",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    public static bool TryParseType(string? wire, out DocumentType type)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    public static bool TryParseDirection(string? wire, out Direction direction)
    {
        direction = wire switch { "arrival" => Direction.Arrival, "departure" => Direction.Departure, _ => (Direction)(-1) };
        return direction is Direction.Arrival or Direction.Departure;
    }
}
