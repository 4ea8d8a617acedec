namespace Ics2Port.Functions.Problems;

using System.Globalization;
using Ics2Port.Domain.Common;
using Ics2Port.Functions.Outcomes;

/// <summary>Every problem answer the API gives, as outcomes.</summary>
public static class ApiProblems
{
    /// <summary>Seconds a client should wait before retrying after storage was unavailable.</summary>
    public const int RetryAfterSeconds = 5;

    public static ApiOutcome Validation(ValidationReport report) =>
        Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.Validation, errors: report.Errors, warnings: report.Warnings.Count > 0 ? report.Warnings : null);

    public static ApiOutcome Malformed(IReadOnlyList<Finding> errors) =>
        Create(StatusCodes.Status400BadRequest, ProblemTypes.Malformed, errors: errors);

    /// <summary>
    /// A body that could not be read into its record: 400 when it is not JSON, CSV or XLSX at all, 422 when only values
    /// were wrong that the record cannot hold (a number out of range, FORMAT-VALUE), with their pointers.
    /// </summary>
    public static ApiOutcome Unreadable(IReadOnlyList<Finding> errors) =>
        errors.Count > 0 && errors.All(error => error.Rule is not (RuleIds.FormatJson or RuleIds.FormatCsv or RuleIds.FormatXlsx))
            ? Validation(new ValidationReport(errors, []))
            : Malformed(errors);

    public static ApiOutcome BadRequest(string detail, IReadOnlyList<Finding>? errors = null) =>
        Create(StatusCodes.Status400BadRequest, ProblemTypes.BadRequest, detail, errors);

    public static ApiOutcome Unauthorized(string detail) =>
        Create(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, detail)
            .WithHeader("WWW-Authenticate", "ApiKey header=\"X-Api-Key\"");

    public static ApiOutcome Forbidden(string detail) => Create(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, detail);

    public static ApiOutcome NotFound(string detail) => Create(StatusCodes.Status404NotFound, ProblemTypes.NotFound, detail);

    public static ApiOutcome Conflict(string detail, IReadOnlyList<Finding>? errors = null) =>
        Create(StatusCodes.Status409Conflict, ProblemTypes.Conflict, detail, errors);

    public static ApiOutcome PreconditionFailed(string detail) =>
        Create(StatusCodes.Status412PreconditionFailed, ProblemTypes.PreconditionFailed, detail);

    public static ApiOutcome TooLarge(long limitBytes) =>
        Create(StatusCodes.Status413PayloadTooLarge, ProblemTypes.TooLarge, $"The body may have at most {limitBytes.ToString(CultureInfo.InvariantCulture)} bytes.");

    public static ApiOutcome UnsupportedMediaType(string? contentType, IEnumerable<string> supported) =>
        Create(
            StatusCodes.Status415UnsupportedMediaType,
            ProblemTypes.UnsupportedMediaType,
            $"'{contentType ?? "(none)"}' is not accepted here; send {string.Join(" or ", supported)} (text in UTF-8).");

    /// <summary>Same key, different request (Idempotency-Key draft, section 2.7: 422).</summary>
    public static ApiOutcome IdempotencyKeyReused() =>
        Create(
            StatusCodes.Status422UnprocessableEntity,
            ProblemTypes.IdempotencyKeyReused,
            "Send a new Idempotency-Key for a new request.",
            [new Finding(string.Empty, RuleIds.Consistency, "This Idempotency-Key was first sent with a different body.")]);

    public static ApiOutcome StorageUnavailable() =>
        Create(StatusCodes.Status503ServiceUnavailable, ProblemTypes.StorageUnavailable, "Try again shortly; retrying the same request is safe.")
            .WithHeader("Retry-After", RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));

    /// <summary>Storage failed while a write was under way: whether it landed is not known, and only resending tells.</summary>
    public static ApiOutcome OutcomeUnknown(string what) =>
        Create(
            StatusCodes.Status503ServiceUnavailable,
            ProblemTypes.StorageUnavailable,
            $"Storage failed while {what} was being stored: it may have been stored or not. Resending the same body is safe: it is stored once, or its receipt is answered.")
            .WithHeader("Retry-After", RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));

    public static ApiOutcome NomenclatureUnavailable() =>
        Create(StatusCodes.Status503ServiceUnavailable, ProblemTypes.NomenclatureUnavailable, "Set Ics2Port:HsNomenclaturePath to a nomenclature CSV file.");

    /// <summary>A bare status the framework set (no route, wrong method), in the same shape whatever the request accepts.</summary>
    public static ApiOutcome ForStatus(int status) => Create(status, ProblemTypes.ForStatus(status));

    public static ApiOutcome Internal(string traceId) =>
        new(StatusCodes.Status500InternalServerError, new ApiProblem
        {
            Type = ProblemTypes.Internal.Type,
            Title = ProblemTypes.Internal.Title,
            Status = StatusCodes.Status500InternalServerError,
            Detail = "Quote the traceId when reporting this.",
            TraceId = traceId,
        });

    private static ApiOutcome Create(
        int status,
        (string Type, string Title) kind,
        string? detail = null,
        IReadOnlyList<Finding>? errors = null,
        IReadOnlyList<Finding>? warnings = null) =>
        new(status, new ApiProblem { Type = kind.Type, Title = kind.Title, Status = status, Detail = detail, Errors = errors, Warnings = warnings });
}
