namespace Ics2Port.Domain.Permits;

/// <summary>The kinds of item in a permit application (PERMIT-BEFORE: goods, or empty containers).</summary>
public static class PermitItemKinds
{
    /// <summary>Goods; the kind of an item that names none.</summary>
    public const string Goods = "goods";

    /// <summary>An empty container, unloaded or loaded on its own.</summary>
    public const string EmptyContainer = "empty-container";

    /// <summary>HS heading 8609, containers: the code of an empty container (HS-REQUIRED).</summary>
    public const string ContainerHeading = "8609";

    /// <summary>True for goods, including an item without a kind.</summary>
    public static bool IsGoods(PermitItem item) => item.Kind is null or Goods;

    /// <summary>True for an empty container.</summary>
    public static bool IsEmptyContainer(PermitItem item) => item.Kind is EmptyContainer;
}
