namespace Ics2Port.Functions.Fallback.Delivery;

using Ics2Port.Storage.Documents;

/// <summary>
/// Takes what the port system answered when it took a version, before the delivery is recorded: a fault here leaves the
/// attempt to be repeated, and the port system answers a repeat the same way.
/// </summary>
public interface IPortSystemAnswers
{
    Task TakeAsync(DocumentVersion version, string answer, CancellationToken cancellationToken);
}
