namespace Ics2Port.Storage.Layout;

/// <summary>What Table storage accepts as a PartitionKey or RowKey, checked before a caller-supplied value is used as one.</summary>
public static class StorageKeys
{
    private const int MaxLength = 512;

    /// <summary>True for 1-512 characters without <c>/ \ # ?</c> or control characters.</summary>
    public static bool IsValid(string? key) =>
        !string.IsNullOrEmpty(key)
        && key.Length <= MaxLength
        && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
