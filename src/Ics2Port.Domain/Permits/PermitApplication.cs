namespace Ics2Port.Domain.Permits;

/// <summary>An application for an unloading or loading permit (Reg. 339 chapter 9; one berth, PERMIT-ONE-BERTH).</summary>
public sealed record PermitApplication
{
    /// <summary><c>unloading</c> or <c>loading</c>.</summary>
    public string? Operation { get; init; }
    public string? Port { get; init; }
    public string? Berth { get; init; }
    public bool? BerthInFreeZone { get; init; }
    /// <summary>EMDAS declaration number; expected outside a free zone (PERMIT-CUSTOMS-REF).</summary>
    public string? CustomsReference { get; init; }
    /// <summary>When the unloading or loading is planned to start: after the application (PERMIT-BEFORE), an unloading not before the arrival.</summary>
    public string? PlannedStart { get; init; }
    public IReadOnlyList<PermitItem>? Items { get; init; }
}
