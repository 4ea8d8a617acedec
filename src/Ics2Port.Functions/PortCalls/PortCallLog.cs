namespace Ics2Port.Functions.PortCalls;

internal static partial class PortCallLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Registered the port call of IMO {ImoNumber} at {Port}.")]
    public static partial void Registered(ILogger logger, string imoNumber, string port);
}
