namespace Ics2Port.Functions.Outcomes;

using Ics2Port.Functions.Problems;

/// <summary>Writes an <see cref="ApiOutcome"/> as the HTTP response: the one mapping from outcomes to the wire.</summary>
public sealed class ApiOutcomeResult(ApiOutcome outcome) : IResult, IStatusCodeHttpResult, IValueHttpResult
{
    public const string ProblemContentType = "application/problem+json";

    public ApiOutcome Outcome => outcome;

    int? IStatusCodeHttpResult.StatusCode => outcome.Status;

    object? IValueHttpResult.Value => outcome.Body;

    /// <summary>The media type a JSON body is answered with, also for the result files of dropped files.</summary>
    public static string JsonContentTypeOf(object body) => body is ApiProblem ? ProblemContentType : "application/json; charset=utf-8";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = outcome.Status;
        foreach (var (name, value) in outcome.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        switch (outcome.Body)
        {
            case null:
                return;
            case RawContent raw:
                response.ContentType = raw.ContentType;
                response.ContentLength = raw.Content.ToMemory().Length;
                await response.Body.WriteAsync(raw.Content.ToMemory(), httpContext.RequestAborted);
                return;
            default:
                var json = ApiJson.Serialize(outcome.Body);
                response.ContentType = JsonContentTypeOf(outcome.Body);
                response.ContentLength = json.Length;
                await response.Body.WriteAsync(json, httpContext.RequestAborted);
                return;
        }
    }
}
