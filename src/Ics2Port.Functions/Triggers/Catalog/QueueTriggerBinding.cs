namespace Ics2Port.Functions.Triggers.Catalog;

/// <summary>
/// A <c>queueTrigger</c>: the queue it reads and the app setting naming its storage account (<see cref="Connection"/>).
/// Only the Functions host reads queues; the standalone driver leaves these functions alone.
/// </summary>
public sealed record QueueTriggerBinding(string Name, string QueueName, string Connection)
    : TriggerBinding("queueTrigger", Name);
