namespace Ics2Port.Functions.HsCodes;

using Ics2Port.Functions.Access;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;

public static class HsCodeEndpoints
{
    public static IEndpointRouteBuilder MapHsCodes(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/hs-codes")
            .WithTags("HS codes")
            .RequireAuthorization(AccessPolicies.AnyPrincipal)
            .ProducesApiProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/", (string? q, int? limit, HsCodePicker picker) => picker.Search(q, limit).ToResult())
            .WithName("SearchHsCodes")
            .WithSummary("Find HS codes by words of their description or by leading digits, best matches first.")
            .Produces<HsCodeSearchResult>()
            .ProducesApiProblems(StatusCodes.Status400BadRequest);

        group.MapGet("/{code}", (string code, HsCodePicker picker) => picker.Get(code).ToResult())
            .WithName("GetHsCode")
            .WithSummary("One HS code with its parent, section and the codes directly under it.")
            .Produces<HsCodeDetails>()
            .ProducesApiProblems(StatusCodes.Status404NotFound);

        return endpoints;
    }
}
