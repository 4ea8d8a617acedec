namespace Ics2Port.Functions.Problems;

using System.Diagnostics;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Outcomes;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

/// <summary>
/// The last line: storage outages become 503 with Retry-After, request faults the framework raised keep
/// their status, and anything else is a 500 that reveals nothing but a trace id found in the log.
/// </summary>
public sealed class ApiExceptionHandler(IOptions<Ics2PortOptions> options, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            ProblemLog.ClientGone(logger);
            return true;
        }

        var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        ApiOutcome outcome;
        if (exception is BadHttpRequestException badRequest)
        {
            ProblemLog.BadRequest(logger, badRequest.Message);
            outcome = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? ApiProblems.TooLarge(options.Value.MaxBodyBytes)
                : ApiProblems.BadRequest(badRequest.Message);
        }
        else if (StorageFaults.IsUnavailable(exception))
        {
            ProblemLog.StorageUnavailable(logger, exception, traceId);
            outcome = ApiProblems.StorageUnavailable();
        }
        else
        {
            ProblemLog.Unhandled(logger, exception, traceId);
            outcome = ApiProblems.Internal(traceId);
        }

        await outcome.ToResult().ExecuteAsync(httpContext);
        return true;
    }
}
