namespace Ics2Port.LocalHost.Functions;

using Azure.Storage.Queues.Models;
using Ics2Port.Functions.Hosting;
using Ics2Port.LocalHost.Triggers;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// Runs a non-HTTP function once on demand, with its trigger's value made from text as Core Tools takes it: nothing
/// for a timer, <c>container/blob-name</c> for a blob trigger (bound to that blob), the message for a queue trigger.
/// </summary>
public sealed class OnDemandInvocations(LocalFunctionCatalog catalog, TriggerStorage storage, FunctionRunner runner)
{
    /// <summary>Null with <paramref name="problem"/> when there is no such function or the input does not fit its trigger.</summary>
    public Func<CancellationToken, Task<FunctionRun>>? Prepare(string functionName, string? input, out string problem)
    {
        problem = string.Empty;
        if (catalog.Find(functionName) is not { } function)
        {
            problem = $"There is no function named '{functionName}'.";
            return null;
        }

        var (value, variables) = TriggerValue(function, input);
        if (value is null)
        {
            problem = Explain(function);
            return null;
        }

        return cancellationToken => runner.RunAsync(function, value, variables, cancellationToken);
    }

    /// <summary>Runs it now and answers how it ended; throws <see cref="ArgumentException"/> when it cannot be run.</summary>
    public Task<FunctionRun> RunAsync(string functionName, string? input = null, CancellationToken cancellationToken = default) =>
        (Prepare(functionName, input, out var problem) ?? throw new ArgumentException(problem, nameof(functionName)))(cancellationToken);

    private (object? Value, IReadOnlyDictionary<string, string> Variables) TriggerValue(LocalFunction function, string? input)
    {
        var none = new Dictionary<string, string>();
        switch (function.Trigger)
        {
            case TimerTriggerAttribute:
                return (new TimerInfo(), none);
            case QueueTriggerAttribute when input is not null:
                return (QueuesModelFactory.QueueMessage(Guid.NewGuid().ToString(), "on-demand", input, dequeueCount: 1), none);
            case BlobTriggerAttribute blob when input is not null:
                var path = BlobPathPattern.Parse(blob.BlobPath);
                var slash = input.IndexOf('/', StringComparison.Ordinal);
                var variables = slash > 0 && input[..slash] == path.Container ? path.Match(input[(slash + 1)..]) : null;
                return variables is null
                    ? (null, none)
                    : (storage.Blobs(blob.Connection).GetBlobContainerClient(path.Container).GetBlobClient(input[(slash + 1)..]), variables);
            default:
                return (null, none);
        }
    }

    private static string Explain(LocalFunction function) => function.Trigger switch
    {
        HttpTriggerAttribute => $"'{function.Name}' is an HTTP function: call it at its route.",
        QueueTriggerAttribute => $"Give the message for '{function.Name}' as {{\"input\": \"...\"}}.",
        BlobTriggerAttribute blob => $"Give the blob for '{function.Name}' as {{\"input\": \"container/blob-name\"}} matching '{blob.BlobPath}'.",
        _ => $"'{function.Name}' cannot be run on demand.",
    };
}
