namespace Ics2Port.Functions.OpenApi;

using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Outcomes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

[Tags("OpenAPI")]
public sealed class OpenApiFunctions(ApiGateway api, OpenApiDocumentSource document)
{
    [Function("GetOpenApi")]
    [AllowAnonymous]
    [EndpointSummary("This document: every operation of the API, generated from the functions' own declarations.")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "application/json")]
    public Task<ApiResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        api.AnonymousAsync(request, async cancellationToken =>
            ApiOutcome.Ok(new RawContent(BinaryData.FromBytes(await document.GetAsync(cancellationToken)), "application/json; charset=utf-8")));
}
