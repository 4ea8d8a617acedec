namespace Ics2Port.Functions.HsCodes;

internal static partial class HsCodeLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "No HS nomenclature configured (Ics2Port:HsNomenclaturePath); HS codes are checked for structure only.")]
    public static partial void NotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Count} HS codes from {Path}.")]
    public static partial void Loaded(ILogger logger, int count, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot read the HS nomenclature at {Path}; HS codes are checked for structure only.")]
    public static partial void Unreadable(ILogger logger, Exception exception, string path);
}
