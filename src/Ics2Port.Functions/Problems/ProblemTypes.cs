namespace Ics2Port.Functions.Problems;

/// <summary>The problem type URIs and titles, one per kind of failure.</summary>
public static class ProblemTypes
{
    private const string Base = "https://ics2port.dev/problems/";

    public static readonly (string Type, string Title) Validation = (Base + "validation", "The document is not valid.");
    public static readonly (string Type, string Title) Malformed = (Base + "malformed", "The document cannot be read.");
    public static readonly (string Type, string Title) BadRequest = (Base + "bad-request", "The request is not valid.");
    public static readonly (string Type, string Title) Unauthorized = (Base + "unauthorized", "An API key is required.");
    public static readonly (string Type, string Title) Forbidden = (Base + "forbidden", "The API key does not allow this.");
    public static readonly (string Type, string Title) NotFound = (Base + "not-found", "The resource does not exist.");
    public static readonly (string Type, string Title) MethodNotAllowed = (Base + "method-not-allowed", "The method is not allowed here.");
    public static readonly (string Type, string Title) Conflict = (Base + "conflict", "The resource is not in a state that allows this.");
    public static readonly (string Type, string Title) PreconditionFailed = (Base + "precondition-failed", "The document has changed.");
    public static readonly (string Type, string Title) TooLarge = (Base + "too-large", "The body is too large.");
    public static readonly (string Type, string Title) UnsupportedMediaType = (Base + "unsupported-media-type", "The media type is not supported.");
    public static readonly (string Type, string Title) IdempotencyKeyReused = (Base + "idempotency-key-reused", "The idempotency key was used for a different request.");
    public static readonly (string Type, string Title) StorageUnavailable = (Base + "storage-unavailable", "Storage is unavailable.");
    public static readonly (string Type, string Title) NomenclatureUnavailable = (Base + "nomenclature-unavailable", "No HS nomenclature is configured.");
    public static readonly (string Type, string Title) Internal = (Base + "internal", "An unexpected error occurred.");

    /// <summary>The type for a bare status code the framework produced (routing, Kestrel limits).</summary>
    public static (string Type, string Title) ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status412PreconditionFailed => PreconditionFailed,
        StatusCodes.Status413PayloadTooLarge => TooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status422UnprocessableEntity => Validation,
        StatusCodes.Status503ServiceUnavailable => StorageUnavailable,
        _ => Internal,
    };
}
