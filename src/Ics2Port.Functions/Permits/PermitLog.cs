namespace Ics2Port.Functions.Permits;

internal static partial class PermitLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Accepted {Operation} permit application ({Sha256}).")]
    public static partial void Accepted(ILogger logger, string? operation, string sha256);

    [LoggerMessage(Level = LogLevel.Information, Message = "Permit {Outcome} by {DecidedBy}.")]
    public static partial void Decided(ILogger logger, string outcome, string decidedBy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The port system answered the delivery of permit {PermitId} with a decision that cannot be read; the permit stays undecided.")]
    public static partial void UnreadableAnswer(ILogger logger, string permitId);
}
