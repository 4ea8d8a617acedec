namespace Ics2Port.Domain.Permits;

/// <summary>The two ways customs decide a permit application.</summary>
public static class PermitDecisionOutcomes
{
    /// <summary>The permit is granted; it carries a permit number.</summary>
    public const string Granted = "granted";

    /// <summary>The application is refused; it carries a reason, and the goods may be applied for anew.</summary>
    public const string Refused = "refused";
}
