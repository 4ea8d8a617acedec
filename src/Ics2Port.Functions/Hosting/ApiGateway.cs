namespace Ics2Port.Functions.Hosting;

using System.Diagnostics;
using Ics2Port.Functions.Access;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Microsoft.Extensions.Options;

/// <summary>
/// The one way an HTTP function answers. The worker runs no ASP.NET Core middleware for functions, so what
/// middleware did happens here, for every function alike: the <c>X-Api-Key</c> is authenticated (401 otherwise),
/// the invocation's log scope is opened, a body is read up to the limit (413), and any exception becomes a
/// problem answer (503 for storage, else a 500 that reveals nothing). Who may do what is the use case's to decide.
/// </summary>
public sealed class ApiGateway(ApiKeyAuthenticator authenticator, IOptions<Ics2PortOptions> options, ILogger<ApiGateway> logger)
{
    /// <summary>The header that carries the Functions invocation id on a request the host hands to the worker.</summary>
    public const string InvocationIdHeader = "x-ms-invocation-id";

    public const string ApiKeyHeader = "X-Api-Key";

    private const int MaxIdLength = 64;

    /// <summary>For operations without a key (health probes, the OpenAPI document).</summary>
    public Task<ApiResult> AnonymousAsync(HttpRequest request, Func<CancellationToken, Task<ApiOutcome>> useCase) =>
        AnswerAsync(request, principal: null, useCase);

    /// <summary>
    /// Runs <paramref name="useCase"/> for the key's principal. A supplier's key reaches only operations that say
    /// <paramref name="admitsSuppliers"/> (403 elsewhere): a supplier has no agent id, which older checks read as "everyone's".
    /// </summary>
    public Task<ApiResult> RunAsync(HttpRequest request, Func<Principal, CancellationToken, Task<ApiOutcome>> useCase, bool admitsSuppliers = false) =>
        Authenticate(request) switch
        {
            null => Task.FromResult(Challenge(request)),
            { Kind: PrincipalKind.Supplier } when !admitsSuppliers => Task.FromResult(new ApiResult(ApiProblems.Forbidden("A supplier's API key reaches only the ship supply operations."))),
            var principal => AnswerAsync(request, principal, cancellationToken => useCase(principal, cancellationToken)),
        };

    /// <summary>As <see cref="RunAsync"/>, with the body read first: over <see cref="Ics2PortOptions.MaxBodyBytes"/> answers 413 unread.</summary>
    public Task<ApiResult> RunWithBodyAsync(
        HttpRequest request, Func<Principal, ReadOnlyMemory<byte>, CancellationToken, Task<ApiOutcome>> useCase, bool admitsSuppliers = false) =>
        RunAsync(
            request,
            async (principal, cancellationToken) =>
            {
                var body = await RequestBody.ReadAsync(request.HttpContext, options.Value.MaxBodyBytes);
                return body.TooLarge ? ApiProblems.TooLarge(body.Limit) : await useCase(principal, body.Content, cancellationToken);
            },
            admitsSuppliers);

    private Principal? Authenticate(HttpRequest request) =>
        request.Headers[ApiKeyHeader].ToString() is { Length: > 0 } key ? authenticator.Authenticate(key) : null;

    private static ApiResult Challenge(HttpRequest request) =>
        new(ApiProblems.Unauthorized(request.Headers.ContainsKey(ApiKeyHeader)
            ? "The API key is not recognised."
            : $"Send your API key in the {ApiKeyHeader} header."));

    private async Task<ApiResult> AnswerAsync(HttpRequest request, Principal? principal, Func<CancellationToken, Task<ApiOutcome>> useCase)
    {
        var context = request.HttpContext;
        using var invocation = logger.BeginScope("Invocation {InvocationId}", InvocationId(context));
        using var caller = principal?.AgentId is { } agentId
            ? logger.BeginScope("Agent {AgentId}", agentId)
            : logger.BeginScope("{Principal}", principal?.ToString() ?? "anonymous");
        try
        {
            return new(await useCase(context.RequestAborted));
        }
        catch (Exception exception)
        {
            return new(Problem(context, exception));
        }
    }

    private ApiOutcome Problem(HttpContext context, Exception exception)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            ProblemLog.ClientGone(logger);
            return new ApiOutcome(StatusCodes.Status499ClientClosedRequest, null);
        }

        if (exception is BadHttpRequestException badRequest)
        {
            ProblemLog.BadRequest(logger, badRequest.Message);
            return badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? ApiProblems.TooLarge(options.Value.MaxBodyBytes)
                : ApiProblems.BadRequest(badRequest.Message);
        }

        var traceId = Activity.Current?.Id ?? context.TraceIdentifier;
        if (StorageFaults.IsUnavailable(exception))
        {
            ProblemLog.StorageUnavailable(logger, exception, traceId);
            return ApiProblems.StorageUnavailable();
        }

        ProblemLog.Unhandled(logger, exception, traceId);
        return ApiProblems.Internal(traceId);
    }

    private static string InvocationId(HttpContext context)
    {
        var invocationId = context.Request.Headers[InvocationIdHeader].ToString();
        if (string.IsNullOrEmpty(invocationId))
        {
            invocationId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        }

        return invocationId.Length > MaxIdLength ? invocationId[..MaxIdLength] : invocationId;
    }
}
