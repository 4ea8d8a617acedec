namespace Ics2Port.Functions.OpenApi;

/// <summary>
/// Describes an HTTP function's request body in the OpenAPI document only, one media type per attribute: the use cases
/// read the body themselves and answer 415 after the key check, naming what they take. A schema type is a record,
/// <see cref="PortCallDocument"/> (one of the documents), <see cref="string"/> (text) or <see cref="Stream"/> (bytes).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequestBodyAttribute(string contentType, Type schema) : Attribute
{
    public string ContentType { get; } = contentType;

    public Type Schema { get; } = schema;

    /// <summary>Whether a request must carry the body; true unless set.</summary>
    public bool Required { get; init; } = true;
}
