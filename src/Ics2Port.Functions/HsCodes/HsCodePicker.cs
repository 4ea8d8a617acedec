namespace Ics2Port.Functions.HsCodes;

using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Microsoft.Extensions.Options;

/// <summary>The HS picker (HS-PARTIAL): find a code by words or digits, and walk from a code to its children.</summary>
public sealed class HsCodePicker(HsNomenclatureSource source, IOptions<Ics2PortOptions> options)
{
    public const int MaxLimit = 100;

    public ApiOutcome Search(string? query, int? limit)
    {
        if (source.Current is not { } nomenclature)
        {
            return ApiProblems.NomenclatureUnavailable();
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            return ApiProblems.BadRequest("Give words or the first digits of a code in 'q', e.g. q=timber or q=4407.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            return ApiProblems.BadRequest($"'limit' must be between 1 and {MaxLimit}.");
        }

        var items = nomenclature.Search(query, limit ?? options.Value.HsSearchLimit);
        return ApiOutcome.Ok(new HsCodeSearchResult(query.Trim(), items));
    }

    public ApiOutcome Get(string code)
    {
        if (source.Current is not { } nomenclature)
        {
            return ApiProblems.NomenclatureUnavailable();
        }

        return nomenclature.Find(code) is { } entry
            ? ApiOutcome.Ok(new HsCodeDetails(entry.Code, entry.Description, entry.Level, entry.Parent, entry.Section, nomenclature.ChildrenOf(entry.Code)))
            : ApiProblems.NotFound($"HS code '{code}' is not in the nomenclature.");
    }
}
