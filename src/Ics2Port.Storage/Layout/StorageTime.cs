namespace Ics2Port.Storage.Layout;

/// <summary>Times as the stores keep them.</summary>
public static class StorageTime
{
    /// <summary>
    /// UTC, whole milliseconds: Table storage keeps UTC, and this precision survives every round trip,
    /// so a stored time compares equal to the one that was written.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
