namespace Ics2Port.Functions.Common;

using Ics2Port.Storage.Layout;

/// <summary>Reception times as they are stored and reported.</summary>
public static class Clock
{
    public static DateTimeOffset ReceivedNow(this TimeProvider time) => StorageTime.Normalize(time.GetUtcNow());
}
