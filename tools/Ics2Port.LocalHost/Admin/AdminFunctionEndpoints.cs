namespace Ics2Port.LocalHost.Admin;

using Azure.Storage.Queues.Models;
using Ics2Port.Functions.Hosting;
using Ics2Port.LocalHost.Functions;
using Ics2Port.LocalHost.Triggers;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// <c>POST /admin/functions/{name}</c> runs a non-HTTP function once, now, as Core Tools does: <c>202</c> at once and
/// the run in the background (its outcome in the log). The input is ignored for a timer, names the blob
/// (<c>container/blob-name</c>) for a blob trigger, and is the message for a queue trigger.
/// </summary>
public static partial class AdminFunctionEndpoints
{
    public static void MapAdminFunctions(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/admin/functions/{name}", Run).ExcludeFromDescription();

    private static IResult Run(
        string name,
        AdminFunctionInput? body,
        LocalFunctionCatalog catalog,
        TriggerStorage storage,
        FunctionRunner runner,
        IHostApplicationLifetime lifetime,
        ILogger<AdminFunctionInput> logger)
    {
        if (catalog.Find(name) is not { } function)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"There is no function named '{name}'.");
        }

        var (value, variables) = TriggerValue(function, body?.Input, storage);
        if (value is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: Explain(function));
        }

        _ = Task.Run(() => runner.RunAsync(function, value, variables, lifetime.ApplicationStopping), lifetime.ApplicationStopping);
        LogQueued(logger, function.Name);
        return Results.Accepted();
    }

    private static (object? Value, IReadOnlyDictionary<string, string> Variables) TriggerValue(LocalFunction function, string? input, TriggerStorage storage)
    {
        var none = new Dictionary<string, string>();
        switch (function.Trigger)
        {
            case TimerTriggerAttribute:
                return (new TimerInfo(), none);
            case QueueTriggerAttribute when input is not null:
                return (QueuesModelFactory.QueueMessage(Guid.NewGuid().ToString(), "admin", input, dequeueCount: 1), none);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Running {Function} on demand")]
    private static partial void LogQueued(ILogger logger, string function);
}
