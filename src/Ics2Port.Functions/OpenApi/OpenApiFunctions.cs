namespace Ics2Port.Functions.OpenApi;

using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Outcomes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

[Tags("OpenAPI")]
public sealed class OpenApiFunctions(ApiGateway api, OpenApiDocumentSource document)
{
    [Function("GetOpenApi")]
    [AllowAnonymous]
    [EndpointSummary("This document: every operation of the API, generated from the functions' own declarations.")]
    [EndpointDescription("No key needed. OpenAPI 3.1; the server is the route prefix, relative to wherever this document is served.")]
    [ProducesContent(StatusCodes.Status200OK, "application/json", typeof(object))]
    public Task<ApiResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        api.AnonymousAsync(request, async cancellationToken =>
            ApiOutcome.Ok(new RawContent(BinaryData.FromBytes(await document.GetAsync(cancellationToken)), "application/json; charset=utf-8")));
}
