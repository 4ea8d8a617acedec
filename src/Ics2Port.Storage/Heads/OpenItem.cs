namespace Ics2Port.Storage.Heads;

/// <summary>
/// A filed version of a port call whose delivery has not ended: the timer finds it as an open row of the port call's
/// partition (<see cref="OpenRows"/>), or on the head while it has room (<see cref="PortCallHead.MaxOpenOnHead"/>). <see cref="Kind"/>
/// names what was filed (<see cref="DocumentKind"/> for documents), <see cref="Key"/> the item within the port call.
/// </summary>
public sealed record OpenItem(string Kind, string Key, int Version)
{
    /// <summary>A port call document; <see cref="Key"/> is <c>{direction}|{type}</c>.</summary>
    public const string DocumentKind = "document";
}
