namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.Permits;

/// <summary>
/// A valid unloading application at Riga, berth RIX-KS-12 outside a free zone, with a customs reference and one
/// goods item (<see cref="PermitItemBuilder"/>); each With… replaces one field.
/// </summary>
public sealed class PermitApplicationBuilder
{
    private PermitApplication application = new()
    {
        Operation = "unloading",
        Port = "LVRIX",
        Berth = "RIX-KS-12",
        BerthInFreeZone = false,
        CustomsReference = "26LV000210TS001234",
        Items = [new PermitItemBuilder().Build()],
    };

    public PermitApplicationBuilder WithOperation(string? operation) => With(application with { Operation = operation });

    public PermitApplicationBuilder WithPort(string? port) => With(application with { Port = port });

    public PermitApplicationBuilder WithBerth(string? berth) => With(application with { Berth = berth });

    public PermitApplicationBuilder WithBerthInFreeZone(bool? berthInFreeZone) => With(application with { BerthInFreeZone = berthInFreeZone });

    public PermitApplicationBuilder WithCustomsReference(string? customsReference) => With(application with { CustomsReference = customsReference });

    public PermitApplicationBuilder WithPlannedStart(string? plannedStart) => With(application with { PlannedStart = plannedStart });

    public PermitApplicationBuilder WithItems(params PermitItemBuilder[] items) => With(application with { Items = [.. items.Select(item => item.Build())] });

    public PermitApplicationBuilder WithItems(IReadOnlyList<PermitItem>? items) => With(application with { Items = items });

    public PermitApplication Build() => application;

    private PermitApplicationBuilder With(PermitApplication changed)
    {
        application = changed;
        return this;
    }
}
