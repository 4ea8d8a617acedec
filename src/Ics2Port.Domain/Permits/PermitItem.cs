namespace Ics2Port.Domain.Permits;

using Ics2Port.Domain.Parties;

/// <summary>Goods or an empty container in a permit application.</summary>
public sealed record PermitItem
{
    /// <summary><c>goods</c> (the default when absent) or <c>empty-container</c>.</summary>
    public string? Kind { get; init; }
    public string? Description { get; init; }
    /// <summary>At least the 4-digit heading for goods (HS-REQUIRED, HS-PARTIAL).</summary>
    public string? HsCode { get; init; }
    public int? Packages { get; init; }
    public decimal? GrossMassKg { get; init; }
    public string? ContainerNumber { get; init; }
    /// <summary>Must equal the application's berth when given (PERMIT-ONE-BERTH).</summary>
    public string? Berth { get; init; }
    public Party? Consignor { get; init; }
    public Party? Consignee { get; init; }
    public string? GoodsStatus { get; init; }
}
