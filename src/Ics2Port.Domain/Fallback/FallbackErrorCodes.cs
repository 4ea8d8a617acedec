namespace Ics2Port.Domain.Fallback;

/// <summary>Error codes of the fallback procedure.</summary>
public static class FallbackErrorCodes
{
    /// <summary>An event that the current delivery state does not allow.</summary>
    public const string IllegalTransition = "FB-ILLEGAL-TRANSITION";

    /// <summary>No customs control point is known for the port where the goods are presented (FB-WHERE).</summary>
    public const string Where = "FB-WHERE";
}
