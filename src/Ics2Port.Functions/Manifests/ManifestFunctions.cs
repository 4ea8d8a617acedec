namespace Ics2Port.Functions.Manifests;

using System.Globalization;
using Ics2Port.Domain.Manifests;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

[Tags("Manifests")]
public sealed class ManifestFunctions(ApiGateway api, ManifestEndorsements endorsements, EnsDeadlineReadings ensDeadlines)
{
    private const string EndorsementRoute = "port-calls/{portCallId}/{direction}/manifest/versions/{version:int}/endorsement";

    [Function("EndorseManifest")]
    [EndpointSummary("Customs of the port endorse a filed departure manifest version as proof of Union status (STATUS-ENDORSE).")]
    [EndpointDescription("Records who endorsed, when and which office; the body (optional) gives customs' own reference. A version is endorsed once (a second time answers 409); an arrival manifest carries the office of departure's endorsement in its body (409). Agents and the authority get 403, customs of another port 404.")]
    [RequestBody("application/json", typeof(EndorsementRequest))]
    [ProducesResponseType<EndorsementView>(StatusCodes.Status201Created)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", "The endorsement.")]
    [OperationLink(StatusCodes.Status201Created, "GetManifestEndorsement", "portCallId=$response.body#/portCallId", "direction=$response.body#/direction", "version=$response.body#/version")]
    [ProducesProblems(400, 403, 404, 409, 413, 415, 422)]
    public Task<ApiResult> EndorseAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = EndorsementRoute)] HttpRequest request,
        string portCallId,
        string direction,
        string version) =>
        api.RunWithBodyAsync(request, (principal, body, cancellationToken) =>
            int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? endorsements.EndorseAsync(principal, portCallId, direction, number, request.ContentType, body, cancellationToken)
                : Task.FromResult(ApiProblems.NotFound($"There is no version '{version}'.")));

    [Function("GetManifestEndorsement")]
    [EndpointSummary("Customs' endorsement of a manifest version (STATUS-ENDORSE): who, when, which office, the SHA-256 of the version.")]
    [EndpointDescription("404 while the version has none. The agent of the port call, customs of its port and the authority read it.")]
    [ProducesResponseType<EndorsementView>(StatusCodes.Status200OK)]
    [ProducesProblems(404)]
    public Task<ApiResult> GetEndorsementAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = EndorsementRoute)] HttpRequest request,
        string portCallId,
        string direction,
        string version) =>
        api.RunAsync(request, (principal, cancellationToken) =>
            int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? endorsements.GetAsync(principal, portCallId, direction, number, cancellationToken)
                : Task.FromResult(ApiProblems.NotFound($"There is no version '{version}'.")));

    [Function("GetEnsDeadlines")]
    [EndpointSummary("The ENS deadlines of the latest arrival manifest, per consignment (ENS-SEA-CONTAINER, ENS-SEA-BULK, ENS-SEA-SHORT, ENS-SEA-OUTERMOST).")]
    [EndpointDescription("Goods loaded inside the Union's customs territory need no declaration (ENS-WHEN), nor exempt goods (ENS-EXEMPT). Containerised cargo counts back from the consignment's loadedAt; the other rules from the arrival at the first port in the customs territory, which is the port call's ETA when the last port lies outside it. problem says what is missing when no deadline can be given.")]
    [ProducesResponseType<EnsDeadlineList>(StatusCodes.Status200OK)]
    [ProducesProblems(404)]
    public Task<ApiResult> GetEnsDeadlinesAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "port-calls/{portCallId}/ens-deadlines")] HttpRequest request,
        string portCallId) =>
        api.RunAsync(request, (principal, cancellationToken) => ensDeadlines.GetAsync(principal, portCallId, cancellationToken));
}
