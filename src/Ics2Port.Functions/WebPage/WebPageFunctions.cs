namespace Ics2Port.Functions.WebPage;

using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// <c>GET /api/app/</c> and its files: the web page for agents and the port authority, served by the app itself so that it
/// deploys with it. No key, because the page holds none: the person enters theirs, and the page sends it to the API as
/// <c>X-Api-Key</c>. It is not an operation of the API, so the OpenAPI document leaves it out.
/// </summary>
public sealed class WebPageFunctions(ApiGateway api)
{
    /// <summary>
    /// Scripts and styles only from this app, no inline script or style, no frames, no forms posted elsewhere: what an
    /// injected string could do on a page that handles an API key is as little as possible.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    [Function("GetWebPage")]
    [AllowAnonymous]
    [ExcludeFromDescription]
    public Task<ApiResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "app/{*asset}")] HttpRequest request,
        string? asset) =>
        api.AnonymousAsync(request, _ => Task.FromResult(Answer(request, asset)));

    private static ApiOutcome Answer(HttpRequest request, string? asset)
    {
        var name = string.IsNullOrEmpty(asset) ? WebAssets.IndexName : asset;
        if (string.IsNullOrEmpty(asset) && !request.Path.Value!.EndsWith('/'))
        {
            // The page's files are named relative to it: /api/app must become /api/app/.
            return Secured(new ApiOutcome(StatusCodes.Status308PermanentRedirect, null).WithHeader("Location", request.PathBase + request.Path + "/"));
        }

        if (WebAssets.Find(name) is not { } file)
        {
            return Secured(ApiProblems.NotFound($"The page has no file '{name}'."));
        }

        var answer = request.Headers.IfNoneMatch.Contains(file.ETag)
            ? new ApiOutcome(StatusCodes.Status304NotModified, null)
            : ApiOutcome.Ok(new RawContent(file.Content, file.ContentType));
        // Revalidated on every use: a new deployment is seen at once, an unchanged file costs a 304.
        return Secured(answer.WithHeader("ETag", file.ETag).WithHeader("Cache-Control", "no-cache"));
    }

    private static ApiOutcome Secured(ApiOutcome outcome) => outcome
        .WithHeader("Content-Security-Policy", ContentSecurityPolicy)
        .WithHeader("X-Content-Type-Options", "nosniff")
        .WithHeader("Referrer-Policy", "no-referrer")
        .WithHeader("Cross-Origin-Opener-Policy", "same-origin");
}
