namespace Ics2Port.Functions.Tests.OpenApi;

/// <summary>
/// Fails the request of an API test whose answer does not conform to the OpenAPI document (<see cref="OpenApiConformance"/>),
/// so every test that talks to the app through <see cref="Hosting.TestApp.Client"/> also checks the document.
/// </summary>
public sealed class ConformingAnswers() : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var violations = OpenApiConformance.Violations(request.Method.Method, request.RequestUri!.AbsolutePath, (int)response.StatusCode, response.Headers, response.Content.Headers, body);
        if (violations.Count > 0)
        {
            response.Dispose();
            throw new InvalidOperationException($"{request.Method} {request.RequestUri.PathAndQuery} answered {(int)response.StatusCode} against the OpenAPI document: {string.Join(" ", violations)}");
        }

        return response;
    }
}
