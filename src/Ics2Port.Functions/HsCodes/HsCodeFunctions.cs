namespace Ics2Port.Functions.HsCodes;

using Ics2Port.Functions.Common;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

[Tags("HS codes")]
public sealed class HsCodeFunctions(ApiGateway api, HsCodePicker picker)
{
    [Function("SearchHsCodes")]
    [EndpointSummary("Find HS codes by words of their description or by leading digits, best matches first.")]
    [EndpointDescription("The nomenclature is the one configured (Ics2Port:HsNomenclaturePath); without one the answer is 503. limit caps the number of results.")]
    [QueryParameter("q", "Words of the description, or leading digits of the code.")]
    [QueryParameter("limit", "How many results at most; 20 unless configured otherwise.", Type = "integer", Minimum = 1, Maximum = HsCodePicker.MaxLimit)]
    [ProducesResponseType<HsCodeSearchResult>(StatusCodes.Status200OK)]
    [OperationLink(StatusCodes.Status200OK, "GetHsCode", "code=$response.body#/items/0/code")]
    [ProducesProblems(400)]
    public Task<ApiResult> SearchAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "hs-codes")] HttpRequest request) =>
        api.RunAsync(request, (_, _) => Task.FromResult(
            QueryValues.TryInt32(request, "limit", out var limit)
                ? picker.Search(QueryValues.Text(request, "q"), limit)
                : ApiProblems.BadRequest("The limit must be a whole number.")));

    [Function("GetHsCode")]
    [EndpointSummary("One HS code with its parent, section and the codes directly under it.")]
    [EndpointDescription("code is 2 to 8 digits; 404 when the nomenclature does not list it.")]
    [ProducesResponseType<HsCodeDetails>(StatusCodes.Status200OK)]
    [ProducesProblems(404)]
    public Task<ApiResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "hs-codes/{code}")] HttpRequest request,
        string code) =>
        api.RunAsync(request, (_, _) => Task.FromResult(picker.Get(code)));
}
