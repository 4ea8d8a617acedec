namespace Ics2Port.Functions.Access;

using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

/// <summary><c>GET /api/me</c>: whom the API key belongs to, so that a client shows each principal what it may do.</summary>
[Tags("Identity")]
public sealed class PrincipalFunctions(ApiGateway api)
{
    [Function("GetMe")]
    [EndpointSummary("The principal of the API key: agent, authority, customs (with its port and control point) or supplier.")]
    [EndpointDescription("Every key may ask, a supplier's too; without a recognised key 401 like every operation. It reads nothing stored.")]
    [ProducesResponseType<PrincipalView>(StatusCodes.Status200OK)]
    public Task<ApiResult> GetAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "me")] HttpRequest request) =>
        api.RunAsync(request, (principal, _) => Task.FromResult(ApiOutcome.Ok(PrincipalView.From(principal))), admitsSuppliers: true);
}
