namespace Ics2Port.Domain.Fallback;

/// <summary>Wire names of <see cref="DeliveryState"/>, as CONTRACT.md fixes them.</summary>
public static class DeliveryStates
{
    /// <summary>Every state in the order a document may pass through them.</summary>
    public static IReadOnlyList<DeliveryState> All { get; } =
    [
        DeliveryState.Accepted,
        DeliveryState.Delivered,
        DeliveryState.Pending,
        DeliveryState.FallbackEds,
        DeliveryState.FallbackEmail,
        DeliveryState.FallbackInPerson,
        DeliveryState.Reentered,
        DeliveryState.Refused,
    ];

    /// <summary>The contract's name of a state, e.g. <c>fallback-eds</c>.</summary>
    public static string ToWire(this DeliveryState state) => state switch
    {
        DeliveryState.Accepted => "accepted",
        DeliveryState.Delivered => "delivered",
        DeliveryState.Pending => "pending",
        DeliveryState.FallbackEds => "fallback-eds",
        DeliveryState.FallbackEmail => "fallback-email",
        DeliveryState.FallbackInPerson => "fallback-in-person",
        DeliveryState.Reentered => "re-entered",
        DeliveryState.Refused => "refused",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>Reads a contract name (case-sensitive, as the contract writes it).</summary>
    public static bool TryParse(string? wire, out DeliveryState state)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }

    /// <summary>True for the states of the fallback procedure, which FB-REENTRY must bring back to the port system.</summary>
    public static bool IsFallback(this DeliveryState state) =>
        state is DeliveryState.FallbackEds or DeliveryState.FallbackEmail or DeliveryState.FallbackInPerson;
}
