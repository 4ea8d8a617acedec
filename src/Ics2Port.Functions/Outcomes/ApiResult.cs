namespace Ics2Port.Functions.Outcomes;

using Ics2Port.Functions.Problems;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// Writes an <see cref="ApiOutcome"/> as the HTTP response: the one mapping from outcomes to the wire. It is an
/// <see cref="IActionResult"/> for the Functions worker and an <see cref="IResult"/> for the local host, which
/// write the same bytes. Only <see cref="Hosting.ApiGateway"/> makes one, so no function can answer past it.
/// </summary>
public sealed class ApiResult : IActionResult, IResult
{
    public const string ProblemContentType = "application/problem+json";

    internal ApiResult(ApiOutcome outcome)
    {
        Outcome = outcome;
    }

    public ApiOutcome Outcome { get; }

    /// <summary>The media type a JSON body is answered with, also for the result files of dropped files.</summary>
    public static string JsonContentTypeOf(object body) => body is ApiProblem ? ProblemContentType : "application/json; charset=utf-8";

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Outcome.Status;
        foreach (var (name, value) in Outcome.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        switch (Outcome.Body)
        {
            case null:
                return;
            case RawContent raw:
                response.ContentType = raw.ContentType;
                response.ContentLength = raw.Content.ToMemory().Length;
                await response.Body.WriteAsync(raw.Content.ToMemory(), httpContext.RequestAborted);
                return;
            default:
                var json = ApiJson.Serialize(Outcome.Body);
                response.ContentType = JsonContentTypeOf(Outcome.Body);
                response.ContentLength = json.Length;
                await response.Body.WriteAsync(json, httpContext.RequestAborted);
                return;
        }
    }
}
