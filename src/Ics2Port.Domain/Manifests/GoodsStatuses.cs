namespace Ics2Port.Domain.Manifests;

using FluentValidation;
using Ics2Port.Domain.Common;

/// <summary>The customs-status letters of STATUS-CODES.</summary>
public static class GoodsStatuses
{
    /// <summary>Union goods whose status can be proven (T2L).</summary>
    public const string Union = "C";

    /// <summary>Union goods from or to a part of the customs territory outside the VAT Directive (T2LF).</summary>
    public const string UnionOutsideVatArea = "F";

    /// <summary>All other goods (non-Union).</summary>
    public const string NonUnion = "N";

    /// <summary>True for C, F or N (upper case).</summary>
    public static bool IsValid(string? status) => status is Union or UnionOutsideVatArea or NonUnion;

    /// <summary>True for C and F: goods whose Union status the manifest proves (STATUS-PROOF).</summary>
    public static bool IsUnionStatus(string? status) => status is Union or UnionOutsideVatArea;

    /// <summary>STATUS-CODES: C, F or N when given; a missing status is the caller's rule.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeGoodsStatus<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(status => string.IsNullOrWhiteSpace(status) || IsValid(status))
            .WithErrorCode(RuleIds.StatusCodes)
            .WithMessage((_, status) => $"goodsStatus '{status}' is not C, F or N.");
}
