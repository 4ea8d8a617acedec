namespace Ics2Port.LocalHost.Functions;

/// <summary>The triggers the local host plays, as the host names them in <c>functions.metadata</c>.</summary>
public enum TriggerKind
{
    HttpTrigger,
    BlobTrigger,
    QueueTrigger,
    TimerTrigger,
}
